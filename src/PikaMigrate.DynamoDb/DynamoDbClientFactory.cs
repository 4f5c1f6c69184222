using Amazon.DynamoDBv2;
using Amazon.Runtime;
using PikaMigrate.Aws;
using PikaMigrate.Core.Configuration;

namespace PikaMigrate.DynamoDb;

/// <summary>
/// Builds the DynamoDB client from the settings: the SDK's credential chain, the region, and
/// AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL for DynamoDB Local or other endpoints.
/// </summary>
public static class DynamoDbClientFactory
{
    /// <param name="settings">The validated configuration.</param>
    /// <param name="httpClientFactory">Tests hand in a factory to inject faults; null uses the SDK's own.</param>
    public static IAmazonDynamoDB Create(PikaSettings settings, HttpClientFactory? httpClientFactory = null)
    {
        var aws = new AwsEnvironment(settings.AwsVariables);
        var retry = aws.ResolveRetry();
        var config = new AmazonDynamoDBConfig
        {
            // Unless the operator set AWS_RETRY_MODE / AWS_MAX_ATTEMPTS (or the profile's retry_mode / max_attempts):
            // the SDK's standard mode, which backs off on throttling and transient errors with jitter, 10 retries.
            RetryMode = retry.Mode ?? RequestRetryMode.Standard,
            MaxErrorRetry = retry.MaxAttempts is { } attempts ? attempts - 1 : 10,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var endpoint = aws.ResolveEndpoint("DYNAMODB");
        var region = aws.ResolveRegion();
        if (endpoint is not null)
        {
            config.ServiceURL = endpoint.ToString();
            config.AuthenticationRegion = region.SystemName;
        }
        else
        {
            config.RegionEndpoint = region;
        }

        if (httpClientFactory is not null)
        {
            config.HttpClientFactory = httpClientFactory;
        }

        return new AmazonDynamoDBClient(aws.ResolveCredentials(), config);
    }
}
