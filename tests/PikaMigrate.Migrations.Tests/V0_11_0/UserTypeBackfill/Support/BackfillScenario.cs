using System.Buffers;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb;
using PikaMigrate.DynamoDb.Digests;
using PikaMigrate.DynamoDb.Retries;
using PikaMigrate.DynamoDb.Throughput;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;
using PikaMigrate.Migrations.V0_11_0.Verification;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;

/// <summary>
/// A guide-shaped 0.10 dataset (scaled down: 400 sessions over 40 users, 30 already typed, every 10th user
/// absent from chat-user) in tables of the test's own, with what a backfill run needs around it.
/// </summary>
internal sealed class BackfillScenario
{
    private readonly DynamoDbLocalFixture _dynamo;

    private BackfillScenario(DynamoDbLocalFixture dynamo, string project, PikaDataset dataset)
    {
        _dynamo = dynamo;
        Project = project;
        Dataset = dataset;
        Admin = dynamo.CreateClient(project);
        WorkDirectory = TestScratch.CreateDirectory("backfill-");
    }

    public string Project { get; }

    public PikaDataset Dataset { get; }

    public string SessionTable => $"chat-session-{Project}-test";

    public string UserTable => $"chat-user-{Project}-test";

    /// <summary>A client without faults, for seeding, racing writes and reading the result.</summary>
    public IAmazonDynamoDB Admin { get; }

    public string WorkDirectory { get; }

    public string MissingUsersFile => Path.Combine(WorkDirectory, "missing-users.txt");

    public static async Task<BackfillScenario> SeedAsync(DynamoDbLocalFixture dynamo, string project, DatasetOptions? options = null)
    {
        var scenario = new BackfillScenario(dynamo, project, new PikaDataset(options ?? GuideShape.Small));
        await scenario.ReseedAsync();
        return scenario;
    }

    /// <summary>Deletes and creates both tables again (new creation time) with the dataset.</summary>
    public Task ReseedAsync() => new DynamoDbSeeder(Admin).SeedAsync(Dataset, SessionTable, UserTable, CancellationToken.None);

    /// <param name="pageSize">Sessions per scan page; null for DynamoDB's 1 MB pages (a segment's first page then small).</param>
    public BackfillOptions Options(int segments = 3, int? pageSize = 20) => new()
    {
        SessionTable = SessionTable,
        UserTable = UserTable,
        Segments = segments,
        ScanPageSize = pageSize,
        MissingUsersFile = MissingUsersFile,
        Retry = new DynamoDbRetryOptions { MaxRetries = 4, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) },
        AdaptiveRate = new AdaptiveRateOptions { CalmInterval = TimeSpan.FromMilliseconds(50), IncreaseShare = 0.1 },
    };

    /// <summary>A client whose requests go through <paramref name="traffic"/>.</summary>
    /// <param name="sdkRetries">False sets AWS_MAX_ATTEMPTS=1, so a refused call reaches the backfill instead of being retried by the SDK.</param>
    public IAmazonDynamoDB Client(DynamoDbTraffic traffic, bool sdkRetries = true)
    {
        var settings = _dynamo.Settings(Project);
        return DynamoDbClientFactory.Create(
            sdkRetries ? settings : settings with { AwsVariables = new Dictionary<string, string>(settings.AwsVariables) { ["AWS_MAX_ATTEMPTS"] = "1" } },
            traffic.Factory);
    }

    /// <summary>Checkpoints in a ledger file of the scenario's own (as <c>--ledger file:PATH</c> keeps them).</summary>
    public ICheckpointStore NewCheckpointStore(string name = "ledger.json") => new FileCheckpointStore(new LedgerFile(LedgerPath(name), TimeProvider.System));

    public string LedgerPath(string name = "ledger.json") => Path.Combine(WorkDirectory, name);

    public static StepContext Context(ICheckpointStore checkpoints, RecordingReporter? reporter = null) =>
        new(checkpoints, reporter ?? new RecordingReporter());

    /// <summary>The user_type each session must end with, by session id.</summary>
    public Dictionary<string, string> ExpectedUserTypes() => Dataset.ExpectedUserTypes();

    public IReadOnlyList<string> MissingUserIds() => Dataset.MissingUserIds();

    /// <summary>Every session item, canonical JSON by session id.</summary>
    public async Task<Dictionary<string, string>> SnapshotAsync()
    {
        var items = await ScanAllAsync();
        var buffer = new ArrayBufferWriter<byte>();
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                AttributeValueCanonicalizer.WriteItem(writer, item, new HashSet<string>());
            }

            snapshot[item["session_id"].S] = Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        return snapshot;
    }

    /// <summary>user_type by session id (null where absent).</summary>
    public Task<Dictionary<string, string?>> UserTypesAsync() => Admin.UserTypesAsync(SessionTable);

    public Task<List<Dictionary<string, AttributeValue>>> ScanAllAsync() => Admin.ScanAllAsync(SessionTable);

    public async Task<string> OriginalDigestAsync() =>
        (await new SessionTableDigest(Admin, SessionTable).ComputeAsync(DateTimeOffset.UtcNow, new RecordingReporter(), CancellationToken.None)).Digest;
}
