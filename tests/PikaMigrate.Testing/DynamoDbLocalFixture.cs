using Amazon.DynamoDBv2;
using Xunit;
using PikaMigrate.Core.Configuration;
using PikaMigrate.DynamoDb;
using PikaMigrate.Sandbox.DynamoDbLocal;

namespace PikaMigrate.Testing;

/// <summary>
/// One DynamoDB Local (Amazon's own, from the npm package) per test run, on a free loopback port. A server
/// that cannot start fails every test that needs it; nothing is skipped.
/// </summary>
public sealed class DynamoDbLocalFixture : IAsyncLifetime
{
    private DynamoDbLocalServer? _server;

    public Uri Endpoint => _server?.Endpoint ?? throw new InvalidOperationException("DynamoDB Local is not running.");

    public async Task InitializeAsync() => _server = await DynamoDbLocalServer.StartAsync(new DynamoDbLocalOptions());

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Settings for a project/stage of the test's own, so tests sharing the server never collide.</summary>
    public PikaSettings Settings(string project, string stage = "test", string? sessionTable = null, string? userTable = null) => new()
    {
        Stage = stage,
        Project = project,
        Region = "us-east-1",
        SessionTableOverride = sessionTable,
        UserTableOverride = userTable,
        AwsVariables = new Dictionary<string, string>
        {
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL_DYNAMODB"] = Endpoint.ToString(),
            ["AWS_ACCESS_KEY_ID"] = "local",
            ["AWS_SECRET_ACCESS_KEY"] = "local",
        },
    };

    public IAmazonDynamoDB CreateClient(string project = "fixture") => DynamoDbClientFactory.Create(Settings(project));
}
