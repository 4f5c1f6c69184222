using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.DynamoDb.Ledger;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Ddb;

/// <summary>A project of the test's own in DynamoDB Local, its env file, and the guide-shaped data (scaled down).</summary>
internal sealed class DdbCliScenario
{
    public static readonly DatasetOptions SmallGuideShape = new()
    {
        Sessions = 400,
        Users = 40,
        PreTyped = 30,
        MissingUserEvery = 10,
        EndDate = new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private DdbCliScenario(DynamoDbLocalFixture dynamo, string project, PikaDataset dataset)
    {
        Project = project;
        Dataset = dataset;
        Admin = dynamo.CreateClient(project);
        WorkDirectory = Directory.CreateTempSubdirectory("pika-ddb-cli-").FullName;
        Variables = new Dictionary<string, string>
        {
            ["stage"] = "test",
            ["PIKA_SERVICE_PROJ_NAME_KEBAB_CASE"] = project,
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamo.Endpoint.ToString(),
            ["AWS_ACCESS_KEY_ID"] = "local",
            ["AWS_SECRET_ACCESS_KEY"] = "local",
        };
        EnvFile = CliHarness.WriteEnvFile(Variables);
    }

    public string Project { get; }

    public PikaDataset Dataset { get; }

    public IAmazonDynamoDB Admin { get; }

    public string WorkDirectory { get; }

    public Dictionary<string, string> Variables { get; }

    public string EnvFile { get; }

    public string SessionTable => $"chat-session-{Project}-test";

    public string UserTable => $"chat-user-{Project}-test";

    public string LedgerTable => DynamoDbLedgerTable.DefaultName($"{Project}-test");

    public string MissingUsersFile => Path.Combine(WorkDirectory, "missing-users.txt");

    /// <summary>The scenario's env file and tables, unseeded.</summary>
    public static DdbCliScenario Empty(DynamoDbLocalFixture dynamo, string project, DatasetOptions? options = null) =>
        new(dynamo, project, new PikaDataset(options ?? SmallGuideShape));

    public static async Task<DdbCliScenario> SeedAsync(DynamoDbLocalFixture dynamo, string project, DatasetOptions? options = null)
    {
        var scenario = Empty(dynamo, project, options);
        await new DynamoDbSeeder(scenario.Admin).SeedAsync(scenario.Dataset, scenario.SessionTable, scenario.UserTable, CancellationToken.None);
        return scenario;
    }

    /// <summary>The arguments of a backfill run on this scenario.</summary>
    public string[] Backfill(params string[] extra) =>
        ["ddb", "backfill-session-metadata", "--env-file", EnvFile, "--missing-users-file", MissingUsersFile, .. extra];

    public async Task<bool> TableExistsAsync(string table)
    {
        try
        {
            await Admin.DescribeTableAsync(table);
            return true;
        }
        catch (ResourceNotFoundException)
        {
            return false;
        }
    }

    /// <summary>user_type by session id (null where absent).</summary>
    public async Task<Dictionary<string, string?>> UserTypesAsync()
    {
        var types = new Dictionary<string, string?>(StringComparer.Ordinal);
        Dictionary<string, AttributeValue>? key = null;
        do
        {
            var page = await Admin.ScanAsync(new ScanRequest { TableName = SessionTable, ExclusiveStartKey = key, ConsistentRead = true });
            foreach (var item in page.Items ?? [])
            {
                types[item["session_id"].S] = item.TryGetValue("user_type", out var type) ? type.S : null;
            }

            key = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (key is not null);
        return types;
    }

    /// <summary>The user_type each session must end with, by session id.</summary>
    public Dictionary<string, string?> ExpectedUserTypes() => Dataset.Sessions().ToDictionary(
        s => s.SessionId,
        s => (string?)(s.UserType ?? Dataset.ExpectedUserType(int.Parse(s.UserId.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture))));
}
