using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using PikaMigrate.Core;

namespace PikaMigrate.Aws;

/// <summary>
/// Region, credentials and endpoint overrides from the AWS SDK's standard variables as the env file and the
/// environment give them; anything they do not name falls back to the SDK's own chain (profiles, SSO,
/// container and instance roles).
/// </summary>
public sealed class AwsEnvironment(IReadOnlyDictionary<string, string> variables)
{
    public string? Get(string name) => variables.TryGetValue(name, out var value) ? value : null;

    public RegionEndpoint ResolveRegion()
    {
        var name = Get("AWS_REGION") ?? Get("AWS_DEFAULT_REGION");
        if (name is not null)
        {
            return RegionEndpoint.GetBySystemName(name);
        }

        return FallbackRegionFactory.GetRegionEndpoint()
            ?? throw new PreflightException(
                "No AWS region is configured.",
                "Set AWS_REGION in the env file or the environment (e.g. AWS_REGION=us-east-1), or a region in your AWS profile.");
    }

    /// <summary>
    /// Explicit keys first, then a named profile, then the SDK's default chain. Resolution is lazy in the SDK,
    /// so a missing credential surfaces on the first call, which the stores turn into a preflight error.
    /// </summary>
    public AWSCredentials ResolveCredentials()
    {
        var accessKey = Get("AWS_ACCESS_KEY_ID");
        var secretKey = Get("AWS_SECRET_ACCESS_KEY");
        if (accessKey is not null && secretKey is not null)
        {
            var token = Get("AWS_SESSION_TOKEN");
            return token is null ? new BasicAWSCredentials(accessKey, secretKey) : new SessionAWSCredentials(accessKey, secretKey, token);
        }

        var profile = Get("AWS_PROFILE");
        if (profile is not null && Environment.GetEnvironmentVariable("AWS_PROFILE") is null)
        {
            var chain = new CredentialProfileStoreChain(Get("AWS_SHARED_CREDENTIALS_FILE") ?? Get("AWS_CONFIG_FILE"));
            return chain.TryGetAWSCredentials(profile, out var credentials)
                ? credentials
                : throw new PreflightException(
                    $"The AWS profile '{profile}' (AWS_PROFILE) was not found in the shared config or credentials files.",
                    "Create it with `aws configure --profile " + profile + "` (or `aws configure sso`), or set AWS_PROFILE to an existing profile.");
        }

        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials();
        }
        catch (AmazonClientException e)
        {
            throw new PreflightException(
                $"No AWS credentials were found: {e.Message}",
                "Configure credentials as for the AWS CLI: AWS_PROFILE (incl. SSO after `aws sso login`), AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or an instance/container role.",
                e);
        }
    }

    /// <summary>The service-specific endpoint override (e.g. AWS_ENDPOINT_URL_DYNAMODB), else AWS_ENDPOINT_URL.</summary>
    public Uri? ResolveEndpoint(string serviceVariableSuffix)
    {
        var value = Get("AWS_ENDPOINT_URL_" + serviceVariableSuffix) ?? Get("AWS_ENDPOINT_URL");
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new PreflightException(
                $"The endpoint '{value}' (AWS_ENDPOINT_URL_{serviceVariableSuffix} or AWS_ENDPOINT_URL) is not an http(s) URL.",
                "Set it to a full URL such as http://127.0.0.1:8000, or unset it to use the AWS endpoint of the region.");
    }
}
