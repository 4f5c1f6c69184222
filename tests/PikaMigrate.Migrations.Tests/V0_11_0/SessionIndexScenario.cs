using System.Text.Json.Nodes;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.Verification;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.V0_11_0;

/// <summary>
/// A 0.10-era session index in the engine (the sandbox's generator and Pika 0.10's mapping) plus what the test
/// expects each document to hold; tests change both in step.
/// </summary>
internal sealed class SessionIndexScenario : IDisposable
{
    /// <summary>Longer than the dynamic .keyword sub-field's ignore_above (256): no exact value to query on.</summary>
    public static readonly string LongMode = "mode-" + new string('x', 300);

    private readonly string _ledger = Path.Combine(Path.GetTempPath(), $"pika-os-test-{Guid.NewGuid():N}.json");

    private SessionIndexScenario(OpenSearchEngineFixture engine, string index, OpenSearchClient client, Dictionary<string, SessionDoc> docs)
    {
        Engine = engine;
        Index = index;
        Client = client;
        Docs = docs;
        Checkpoints = FileLedger.Open(_ledger, TimeProvider.System).Checkpoints;
    }

    public OpenSearchEngineFixture Engine { get; }

    public string Index { get; }

    public OpenSearchClient Client { get; }

    public Dictionary<string, SessionDoc> Docs { get; }

    public ICheckpointStore Checkpoints { get; }

    public IReadOnlyList<string> Ids => [.. Docs.Keys.Order(StringComparer.Ordinal)];

    public static async Task<SessionIndexScenario> SeedAsync(OpenSearchEngineFixture engine, int sessions, int preTyped = 0)
    {
        var index = OpenSearchEngineFixture.NewIndex("sessions");
        var seeded = await engine.SeedAsync(index, new DatasetOptions { Sessions = sessions, Users = 40, PreTyped = preTyped, Days = 30 });
        var docs = seeded.ToDictionary(
            s => s.SessionId,
            s => new SessionDoc(s.SessionId, new Dictionary<string, string?> { ["invocation_mode"] = s.InvocationMode, ["user_type"] = s.UserType, ["source"] = s.Source }));
        return new SessionIndexScenario(engine, index, OpenSearchClientFactory.Create(engine.Settings(index)), docs);
    }

    public StepContext Context(IStepReporter? reporter = null, ICheckpointStore? checkpoints = null) =>
        new(checkpoints ?? Checkpoints, reporter ?? new RecordingReporter());

    /// <summary>What A1 adds, done directly (so a test can arrange twins before running A2).</summary>
    public Task MapTwinsAsync() =>
        Engine.SendAsync(HttpMethod.Put, $"{Index}/_mapping", new JsonObject
        {
            ["properties"] = new JsonObject(KeywordTwin.All.Select(p => KeyValuePair.Create<string, JsonNode?>(p.Twin, new JsonObject { ["type"] = "keyword" }))),
        });

    /// <summary>Sets fields on documents, as a writer (the Lambda, an earlier partial run) would.</summary>
    public async Task SetAsync(IEnumerable<string> ids, Func<SessionDoc, IReadOnlyDictionary<string, string?>> fields)
    {
        var updates = new List<(string, JsonObject)>();
        foreach (var id in ids)
        {
            var doc = Docs[id];
            var changes = fields(doc);
            var json = new JsonObject();
            foreach (var (name, value) in changes)
            {
                doc.Fields[name] = value;
                json[name] = value;
            }

            updates.Add((id, json));
        }

        await Engine.UpdateAsync(Index, updates);
    }

    /// <summary>
    /// The mixed state a real index is in: some documents already copied, some with twins that disagree, a few with
    /// a value too long for the dynamic .keyword sub-field (one of those already copied), the rest untouched.
    /// </summary>
    public async Task ShapeMixedAsync()
    {
        var ids = Ids;
        await SetAsync(ids.Take(200), doc => KeywordTwin.All.Where(p => doc[p.Source] is not null).ToDictionary(p => p.Twin, p => doc[p.Source]));
        await SetAsync(ids.Skip(200).Take(60), doc => KeywordTwin.All.Where(p => doc[p.Source] is not null).ToDictionary(p => p.Twin, _ => (string?)"stale"));
        await SetAsync(ids.Skip(260).Take(5), _ => new Dictionary<string, string?> { ["invocation_mode"] = LongMode });
        await SetAsync(ids.Skip(260).Take(1), doc => KeywordTwin.All.Where(p => doc[p.Source] is not null).ToDictionary(p => p.Twin, p => doc[p.Source]));
    }

    /// <summary>The documents the copy's query should select: those to change, plus those a query cannot compare.</summary>
    public int ExpectedSelected => Docs.Values.Count(d => d.NeedsCopy || d["invocation_mode"] == LongMode);

    public async Task<Dictionary<string, JsonNode?>> ReadAsync(string id)
    {
        var source = await Client.GetSourceAsync(Index, id, default) ?? throw new InvalidOperationException($"{id} is missing");
        return JsonNode.Parse(source.GetRawText())!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone());
    }

    public void Dispose()
    {
        Client.Dispose();
        File.Delete(_ledger);
    }
}
