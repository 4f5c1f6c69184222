using PikaMigrate.Core.Configuration;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Testing.OpenSearch;

public static class TestSettings
{
    public const string AccessKey = "AKIDTESTSIGNING";
    public const string SecretKey = "test/secret+key";

    /// <summary>Retries without waiting, so tests stay fast; the policy is the production one.</summary>
    public static readonly OpenSearchClientOptions FastRetries = new()
    {
        MaxRetryAttempts = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(5),
    };

    public static PikaSettings For(string endpoint, string? sessionToken = null, string service = "es", string secretKey = SecretKey)
    {
        var aws = new Dictionary<string, string>
        {
            ["AWS_REGION"] = "eu-west-1",
            ["AWS_ACCESS_KEY_ID"] = AccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = secretKey,
        };
        if (sessionToken is not null)
        {
            aws["AWS_SESSION_TOKEN"] = sessionToken;
        }

        return new PikaSettings
        {
            Stage = "test",
            Project = "pika",
            Region = "eu-west-1",
            DomainEndpoint = endpoint,
            OpenSearchService = service,
            AwsVariables = aws,
        };
    }
}
