using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.DynamoDb.Ledger;
using PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.DynamoDb;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// A 0.10-era Pika deployment of the test's own: guide-shaped data in DynamoDB Local under its own project (so its
/// own tables and ledger table) and in its own index on the engine, the env file pointing at both, a work folder,
/// and the ledger the commands use (a file in the work folder, or the default DynamoDB table).
/// </summary>
internal sealed class MigrationScenario : IDisposable
{
    public const string Version = "0.11.0";

    private readonly OpenSearchEngineFixture _engine;
    private readonly bool _fileLedger;

    private MigrationScenario(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine, string project, DatasetOptions options, bool fileLedger)
    {
        _engine = engine;
        _fileLedger = fileLedger;
        Project = project;
        Dataset = new PikaDataset(options);
        Admin = dynamo.CreateClient(project);
        Index = OpenSearchEngineFixture.NewIndex(project);
        WorkDirectory = Directory.CreateTempSubdirectory("pika-migrate-").FullName;
        Variables = dynamo.Variables(project);
        Variables["PIKA_DOMAIN_ENDPOINT"] = engine.Endpoint.GetLeftPart(UriPartial.Authority);
        EnvFile = WriteEnvFile("local", Variables);
        Ledger = new LedgerFileView(Path.Combine(WorkDirectory, "ledger.json"));
    }

    public string Project { get; }

    public PikaDataset Dataset { get; }

    public IAmazonDynamoDB Admin { get; }

    public string Index { get; }

    public string WorkDirectory { get; }

    public Dictionary<string, string> Variables { get; }

    public string EnvFile { get; }

    /// <summary>The ledger file, when the scenario uses one.</summary>
    public LedgerFileView Ledger { get; }

    public string SessionTable => $"chat-session-{Project}-test";

    public string UserTable => $"chat-user-{Project}-test";

    /// <summary>The default ledger table, when the scenario uses it.</summary>
    public string LedgerTable => DynamoDbLedgerTable.DefaultName($"{Project}-test");

    /// <summary>The index's mapping right after seeding (0.10's, with the dynamic text fields), to prove it unchanged.</summary>
    public string SeededMapping { get; private set; } = string.Empty;

    /// <summary>Where an in-process <c>migrate</c> writes the users missing from chat-user: beside where the tool runs.</summary>
    public string MissingUsersFileOfThisProcess => Path.GetFullPath(BackfillOptions.DefaultMissingUsersFile(SessionTable));

    private string[] LedgerOption => _fileLedger ? ["--ledger", "file:" + Ledger.Path] : [];

    /// <param name="fileLedger">Keep the ledger in a file of the work folder; false uses the default DynamoDB table.</param>
    public static async Task<MigrationScenario> SeedAsync(
        DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine, string project, DatasetOptions? options = null, bool fileLedger = true)
    {
        var scenario = new MigrationScenario(dynamo, engine, project, options ?? GuideShape.Small, fileLedger);
        await SandboxSeeder.SeedAsync(scenario.Admin, engine.Endpoint, scenario.SessionTable, scenario.UserTable, scenario.Index, scenario.Dataset.Options, CancellationToken.None);
        scenario.SeededMapping = await scenario.MappingAsync();
        return scenario;
    }

    /// <summary>Another env file in the work folder: this one's variables with one changed, or left out when <paramref name="value"/> is null.</summary>
    public string EnvFileWith(string name, string variable, string? value) =>
        WriteEnvFile(name, Variables.Where(v => v.Key != variable).Concat(value is null ? [] : [KeyValuePair.Create(variable, value)]));

    /// <summary><c>plan</c>, <c>migrate</c> or <c>verify</c> 0.11.0 against this deployment.</summary>
    public string[] Command(string command, params string[] options) => CommandUsing(EnvFile, command, options);

    /// <summary>The same with another env file (<see cref="EnvFileWith"/>).</summary>
    public string[] CommandUsing(string envFile, string command, params string[] options) =>
        [command, Version, "--env-file", envFile, "--index", Index, .. LedgerOption, .. options];

    /// <summary>A step's own command, e.g. <c>os copy-to-keyword-fields</c>.</summary>
    public string[] Step(string store, string step, params string[] options) =>
        [store, step, "--env-file", EnvFile, "--index", Index, .. LedgerOption, .. options];

    public string[] Status(params string[] options) => ["status", "--env-file", EnvFile, .. LedgerOption, .. options];

    public Task<CliResult> RunAsync(string[] args) => CliHarness.RunAsync(args);

    public LedgerConnection OpenLedger() =>
        _fileLedger ? FileLedger.Open(Ledger.Path, TimeProvider.System) : DynamoDbLedger.Open(Admin, LedgerTable, TimeProvider.System);

    public Task<bool> LedgerExistsAsync() => _fileLedger ? Task.FromResult(File.Exists(Ledger.Path)) : Admin.TableExistsAsync(LedgerTable);

    public async Task<Dictionary<string, JsonObject>> SessionItemsAsync() =>
        (await Admin.ScanAllAsync(SessionTable)).ToDictionary(i => i["session_id"].S, MigratedDataset.ItemJson, StringComparer.Ordinal);

    public Task<Dictionary<string, JsonObject>> DocumentsAsync() => _engine.SourcesAsync(Index);

    public Task<string> MappingAsync() => _engine.MappingAsync(Index);

    /// <summary>Both stores exactly as the migration must leave them: every original field as seeded, user_type and the twins added.</summary>
    public async Task AssertMigratedAsync()
    {
        StateDifferences.AssertSame(Dataset.MigratedItems(), await SessionItemsAsync(), $"DynamoDB {SessionTable}");
        StateDifferences.AssertSame(Dataset.MigratedDocuments(), await DocumentsAsync(), $"OpenSearch {Index}");
    }

    /// <summary>Both stores exactly as seeded: no item, document or mapping changed.</summary>
    public async Task AssertUntouchedAsync()
    {
        StateDifferences.AssertSame(Dataset.SeededItems(), await SessionItemsAsync(), $"DynamoDB {SessionTable}");
        StateDifferences.AssertSame(Dataset.SeededDocuments(), await DocumentsAsync(), $"OpenSearch {Index}");
        Assert.Equal(SeededMapping, await MappingAsync());
    }

    private string WriteEnvFile(string name, IEnumerable<KeyValuePair<string, string>> variables)
    {
        var path = Path.Combine(WorkDirectory, $".env.{name}");
        File.WriteAllLines(path, variables.Select(v => $"{v.Key}={v.Value}"));
        return path;
    }

    public void Dispose()
    {
        File.Delete(MissingUsersFileOfThisProcess);
        Admin.Dispose();
        Directory.Delete(WorkDirectory, recursive: true);
    }
}
