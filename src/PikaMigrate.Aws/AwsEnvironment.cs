using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using PikaMigrate.Core;

namespace PikaMigrate.Aws;

/// <summary>
/// Region, credentials, retry settings and endpoint overrides as aws-cli resolves them, from the AWS_* variables
/// the settings carry (the command line's --profile/--region already applied over the environment and the env
/// file). Profiles are read from the shared files those variables name, never from process-wide state; what they
/// do not settle falls back to the SDK's own chain (container and instance roles, instance metadata).
/// </summary>
public sealed class AwsEnvironment(IReadOnlyDictionary<string, string> variables)
{
    private const string ProfileVariable = "AWS_PROFILE";
    private const string DefaultProfile = "default";

    public string? Get(string name) => variables.TryGetValue(name, out var value) ? value : null;

    /// <summary>AWS_REGION, AWS_DEFAULT_REGION, the profile's region, the instance's; refuses, naming where it looked, when none has one.</summary>
    public RegionEndpoint ResolveRegion()
    {
        var profile = Profile();
        var name = Get("AWS_REGION") ?? Get("AWS_DEFAULT_REGION") ?? profile?.Region?.SystemName ?? InstanceRegion();
        if (name is not null)
        {
            return RegionEndpoint.GetBySystemName(name);
        }

        var files = Files;
        var profileName = Get(ProfileVariable) ?? DefaultProfile;
        throw new PreflightException(
            $"No AWS region is configured: neither --region, AWS_REGION nor AWS_DEFAULT_REGION is set, and the AWS profile '{profileName}' has no region in {files.Where}.",
            $"Pass --region (e.g. --region us-east-1), set AWS_REGION in the env file or the environment, or give the profile one: `aws configure set region us-east-1 --profile {profileName}`.");
    }

    /// <summary>
    /// Explicit keys first (--profile removes them), then the named profile, then the default profile where it has
    /// credentials, then the SDK's default chain. Resolution is lazy in the SDK, so an expired session surfaces on the
    /// first call, which the stores turn into a preflight error; an SSO profile's login is checked here, to name it.
    /// </summary>
    public AWSCredentials ResolveCredentials()
    {
        var profile = Profile();
        var accessKey = Get("AWS_ACCESS_KEY_ID");
        var secretKey = Get("AWS_SECRET_ACCESS_KEY");
        var token = Get("AWS_SESSION_TOKEN");
        if ((accessKey is null) != (secretKey is null) || (token is not null && accessKey is null))
        {
            var set = new[] { (Name: "AWS_ACCESS_KEY_ID", Value: accessKey), (Name: "AWS_SECRET_ACCESS_KEY", Value: secretKey), (Name: "AWS_SESSION_TOKEN", Value: token) }
                .Where(v => v.Value is not null).Select(v => v.Name).ToList();
            throw new PreflightException(
                $"{string.Join(" and ", set)} {(set.Count == 1 ? "is" : "are")} set (in the environment or the env file) without {(accessKey is null ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY")}: access keys only work as a pair.",
                "Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys), or remove them to use --profile, AWS_PROFILE or a role.");
        }

        if (accessKey is not null && secretKey is not null)
        {
            return token is null ? new BasicAWSCredentials(accessKey, secretKey) : new SessionAWSCredentials(accessKey, secretKey, token);
        }

        if (profile is not null && (profile.CanCreateAWSCredentials || Get(ProfileVariable) is not null))
        {
            return ProfileCredentials(profile);
        }

        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials();
        }
        catch (AmazonClientException e)
        {
            throw new PreflightException(
                $"No AWS credentials were found: {e.Message}",
                "Configure credentials as for the AWS CLI: --profile or AWS_PROFILE (incl. SSO after `aws sso login`), AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or an instance/container role.",
                e);
        }
    }

    /// <summary>AWS_RETRY_MODE and AWS_MAX_ATTEMPTS, else the profile's retry_mode and max_attempts.</summary>
    public AwsRetrySettings ResolveRetry()
    {
        var profile = Profile();
        return new AwsRetrySettings(
            Get(AwsRetrySettings.ModeVariable) is { } mode ? AwsRetrySettings.ParseMode(mode, AwsRetrySettings.ModeVariable) : profile?.RetryMode,
            Get(AwsRetrySettings.MaxAttemptsVariable) is { } attempts ? AwsRetrySettings.ParseMaxAttempts(attempts, AwsRetrySettings.MaxAttemptsVariable) : profile?.MaxAttempts);
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
                $"The endpoint AWS_ENDPOINT_URL_{serviceVariableSuffix} (or AWS_ENDPOINT_URL) is not an http(s) URL.",
                "Set it to a full URL such as http://127.0.0.1:8000, or unset it to use the AWS endpoint of the region.");
    }

    private AwsSharedConfigFiles Files => AwsSharedConfigFiles.From(Get);

    /// <summary>The profile --profile or AWS_PROFILE names (refused when neither file has it), else the default profile if any.</summary>
    private CredentialProfile? Profile()
    {
        var files = Files;
        var named = Get(ProfileVariable);
        if (files.TryGetProfile(named ?? DefaultProfile, out var profile))
        {
            return profile;
        }

        return named is null
            ? null
            : throw new PreflightException(
                $"The AWS profile '{named}' (--profile or AWS_PROFILE) does not exist: it is in neither {files.ConfigFile} nor {files.CredentialsFile}.",
                $"Create it (`aws configure --profile {named}` or `aws configure sso --profile {named}`), name an existing profile, or point AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE at the files that define it.");
    }

    private AWSCredentials ProfileCredentials(CredentialProfile profile)
    {
        var files = Files;
        if (!profile.CanCreateAWSCredentials)
        {
            throw new PreflightException(
                $"The AWS profile '{profile.Name}' has no credentials in {files.Where} (no keys, role, SSO or credential_process).",
                $"Add them (`aws configure --profile {profile.Name}` or `aws configure sso --profile {profile.Name}`), or name a profile that has them.");
        }

        AWSCredentials credentials;
        try
        {
            credentials = AWSCredentialsFactory.GetAWSCredentials(profile, files);
        }
        catch (Exception e) when (e is AmazonClientException or InvalidOperationException or ArgumentException)
        {
            throw new PreflightException(
                $"The AWS profile '{profile.Name}' ({files.Where}) cannot give credentials: {e.Message}",
                "Fix the profile (for a role: its source_profile or credential_source; for SSO: run `aws sso login` first).",
                e);
        }

        if (credentials is SSOAWSCredentials sso)
        {
            EnsureSignedIn(sso, profile.Name, files);
        }

        return credentials;
    }

    /// <summary>
    /// An SSO profile resolves on the first request, where a missing or expired login would read as an unreachable
    /// store: it is asked for credentials now (from the cached login; the SDK keeps what it gets for that request).
    /// </summary>
    private static void EnsureSignedIn(SSOAWSCredentials sso, string profileName, AwsSharedConfigFiles files)
    {
        try
        {
            sso.GetCredentials();
        }
        catch (AmazonClientException e)
        {
            throw new PreflightException(
                $"The AWS profile '{profileName}' signs in with SSO ({files.Where}) and has no valid login: {e.Message}",
                $"Run `aws sso login --profile {profileName}`, then run the command again.",
                e);
        }
    }

    /// <summary>The region of the EC2 instance this runs on (instance metadata), or null elsewhere.</summary>
    private static string? InstanceRegion()
    {
        try
        {
            return new InstanceProfileAWSRegion().Region?.SystemName;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
