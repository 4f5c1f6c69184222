using Amazon.DynamoDBv2;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.DynamoDb.Ledger;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Cli.Tests.Ddb;

/// <summary>A project of the test's own in DynamoDB Local, its env file, and the guide-shaped data (scaled down).</summary>
internal sealed class DdbCliScenario
{
    private DdbCliScenario(DynamoDbLocalFixture dynamo, string project, PikaDataset dataset)
    {
        Project = project;
        Dataset = dataset;
        Admin = dynamo.CreateClient(project);
        WorkDirectory = TestScratch.CreateDirectory("ddb-cli-");
        Variables = dynamo.Variables(project);
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
        new(dynamo, project, new PikaDataset(options ?? GuideShape.Small));

    public static async Task<DdbCliScenario> SeedAsync(DynamoDbLocalFixture dynamo, string project, DatasetOptions? options = null)
    {
        var scenario = Empty(dynamo, project, options);
        await new DynamoDbSeeder(scenario.Admin).SeedAsync(scenario.Dataset, scenario.SessionTable, scenario.UserTable, CancellationToken.None);
        return scenario;
    }

    /// <summary>The arguments of a backfill run on this scenario.</summary>
    public string[] Backfill(params string[] extra) =>
        ["ddb", "backfill-session-metadata", "--env-file", EnvFile, "--missing-users-file", MissingUsersFile, .. extra];

    public Task<bool> TableExistsAsync(string table) => Admin.TableExistsAsync(table);

    /// <summary>user_type by session id (null where absent).</summary>
    public Task<Dictionary<string, string?>> UserTypesAsync() => Admin.UserTypesAsync(SessionTable);

    /// <summary>The user_type each session must end with, by session id.</summary>
    public Dictionary<string, string?> ExpectedUserTypes() => Dataset.ExpectedUserTypes().ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
}
