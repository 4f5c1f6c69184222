using Amazon.DynamoDBv2;
using PikaMigrate.Core.Configuration;
using PikaMigrate.DynamoDb;
using PikaMigrate.Sandbox.DynamoDbLocal;

namespace PikaMigrate.Cli.Tests.Aws;

/// <summary>
/// DynamoDB Local without <c>-sharedDb</c>: one database per access key id and region, so a table a run finds and
/// writes shows which credentials and region it resolved.
/// </summary>
public sealed class PerCredentialDynamoDbLocal : IAsyncLifetime
{
    private DynamoDbLocalServer? _server;

    public Uri Endpoint => _server?.Endpoint ?? throw new InvalidOperationException("DynamoDB Local is not running.");

    public async Task InitializeAsync() => _server = await DynamoDbLocalServer.StartAsync(new DynamoDbLocalOptions { SharedDb = false });

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A client of the database that <paramref name="accessKey"/> in <paramref name="region"/> sees.</summary>
    public IAmazonDynamoDB Client(string accessKey, string region) => DynamoDbClientFactory.Create(new PikaSettings
    {
        Stage = "test",
        Project = "aws-config",
        AwsVariables = new Dictionary<string, string>
        {
            ["AWS_REGION"] = region,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = Endpoint.ToString(),
            ["AWS_ACCESS_KEY_ID"] = accessKey,
            ["AWS_SECRET_ACCESS_KEY"] = "admin",
        },
    });
}
