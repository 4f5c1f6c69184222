using System.Text.Json.Nodes;
using PikaMigrate.Analytics;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.Ledger;

namespace PikaMigrate.Analytics.Tests.Fixtures;

/// <summary>
/// A session index of the test's own on the engine, seeded as Pika 0.10 indexed it, that a test brings to any
/// migration state by writing what each step writes (A1's mapping, B1's user_type, A2's keyword copies) over
/// REST, refreshed, so searches see it on an engine that is only near-real-time.
/// </summary>
internal sealed class AnalyticsIndex
{
    /// <summary>Sessions up to the end of 2025-09-30; "today" is 2025-10-01.</summary>
    public static readonly DatasetOptions Shape = new()
    {
        Sessions = ShapeSessions,
        Users = 120,
        PreTyped = 150,
        UnsourcedEvery = 41,
        Days = 90,
        EndDate = new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static readonly DateOnly Today = new(2025, 10, 1);

    public const int ShapeSessions = 3_000;

    private static readonly string[] TwinNames = ["invocation_mode_keyword", "user_type_keyword", "source_keyword"];

    private readonly OpenSearchEngineFixture _engine;

    private AnalyticsIndex(OpenSearchEngineFixture engine, string name, PikaDataset dataset)
    {
        _engine = engine;
        Name = name;
        Dataset = dataset;
        Sessions = [.. dataset.Sessions()];
        UserTypes = dataset.ExpectedUserTypes();
    }

    public string Name { get; }

    public PikaDataset Dataset { get; }

    public IReadOnlyList<SeedSession> Sessions { get; }

    /// <summary>Each session's user type once B1 has run.</summary>
    public IReadOnlyDictionary<string, string> UserTypes { get; }

    public static async Task<AnalyticsIndex> SeedAsync(OpenSearchEngineFixture engine, string purpose, DatasetOptions? options = null)
    {
        var index = new AnalyticsIndex(engine, OpenSearchEngineFixture.NewIndex(purpose), new PikaDataset(options ?? Shape));
        await new Sandbox.Seeding.OpenSearchSeeder(engine.Http).SeedAsync(index.Dataset, index.Name, CancellationToken.None);
        await index.RefreshAsync();
        return index;
    }

    /// <summary>A1: the three twins added to the mapping (as keyword, or as another type to stage a wrong mapping).</summary>
    public Task MapTwinsAsync(string type = "keyword") => _engine.SendAsync(
        HttpMethod.Put,
        $"{Name}/_mapping",
        new JsonObject { ["properties"] = new JsonObject(TwinNames.Select(t => KeyValuePair.Create(t, (JsonNode?)new JsonObject { ["type"] = type }))) });

    /// <summary>B1 on these sessions: user_type, and user_type_keyword too when <paramref name="withTwin"/> (as B1 mirrors it once A1 ran).</summary>
    public Task BackfillAsync(IEnumerable<SeedSession> sessions, bool withTwin) => _engine.UpdateAsync(Name, sessions.Select(s =>
    {
        var doc = new JsonObject { ["user_type"] = UserTypes[s.SessionId] };
        if (withTwin)
        {
            doc["user_type_keyword"] = UserTypes[s.SessionId];
        }

        return (s.SessionId, doc);
    }));

    /// <summary>A2 on these sessions: each field they hold copied into its twin (user_type as it stands: typed by B1 when <paramref name="typed"/>).</summary>
    public Task CopyAsync(IEnumerable<SeedSession> sessions, bool typed) => _engine.UpdateAsync(Name, sessions.Select(s =>
    {
        var doc = new JsonObject();
        if (s.InvocationMode is { } mode)
        {
            doc["invocation_mode_keyword"] = mode;
        }

        if (typed || s.UserType is not null)
        {
            doc["user_type_keyword"] = typed ? UserTypes[s.SessionId] : s.UserType;
        }

        if (s.Source is { } source)
        {
            doc["source_keyword"] = source;
        }

        return (s.SessionId, doc);
    }));

    /// <summary>The whole migration: A1, B1 and A2 on every session.</summary>
    public async Task MigrateAsync()
    {
        await MapTwinsAsync();
        await BackfillAsync(Sessions, withTwin: true);
        await CopyAsync(Sessions, typed: true);
        await RefreshAsync();
    }

    public Task RefreshAsync() => _engine.SendAsync(HttpMethod.Post, $"{Name}/_refresh");

    public SessionAnalyticsService Service(out OpenSearchClient client)
    {
        client = OpenSearchClientFactory.Create(_engine.Settings(Name));
        return new SessionAnalyticsService(client, Name, new ManualTime(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero)));
    }

    public async Task<SessionAnalyticsResponse> QueryAsync(SessionAnalyticsRequest request)
    {
        var service = Service(out var client);
        using (client)
        {
            return await service.QueryAsync(request, CancellationToken.None);
        }
    }
}
