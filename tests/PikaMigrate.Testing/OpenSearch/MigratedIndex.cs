using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.Testing.OpenSearch;

/// <summary>
/// A session index as the 0.11.0 migration leaves it, bulk-loaded in one go: Pika 0.10's mapping, the three
/// keyword twins mapped as keyword, and every session's migrated document. Faster than staging each step, so it
/// scales to hundreds of thousands of documents; refreshed explicitly at the end, as searches on a near-real-time
/// index see writes only after a refresh.
/// </summary>
public static class MigratedIndex
{
    private const int BulkSize = 2_000;

    public static Task SeedMigratedAsync(this OpenSearchEngineFixture engine, string index, PikaDataset dataset) => SeedMigratedAsync(engine.Http, index, dataset);

    /// <param name="http">A client of any engine (the bench drives engines in other processes).</param>
    public static async Task SeedMigratedAsync(HttpClient http, string index, PikaDataset dataset)
    {
        // The 0.10 index with no documents yet, then A1's mapping.
        await new OpenSearchSeeder(http).SeedAsync(new PikaDataset(dataset.Options with { Sessions = 0 }), index, CancellationToken.None);
        await EngineRequests.SendAsync(http, HttpMethod.Put, $"{index}/_mapping", new JsonObject
        {
            ["properties"] = new JsonObject(KeywordTwin.All.Select(t => KeyValuePair.Create(t.Twin, (JsonNode?)new JsonObject { ["type"] = "keyword" }))),
        });

        var target = JsonSerializer.Serialize(index);
        foreach (var chunk in dataset.TypedSessions().Chunk(BulkSize))
        {
            var body = new StringBuilder();
            foreach (var session in chunk)
            {
                body.Append("{\"index\":{\"_index\":").Append(target).Append(",\"_id\":").Append(JsonSerializer.Serialize(session.SessionId)).Append("}}\n");
                body.Append(MigratedDataset.MigratedDocument(session).ToJsonString()).Append('\n');
            }

            await EngineRequests.BulkAsync(http, body.ToString(), refresh: false);
        }

        await EngineRequests.SendAsync(http, HttpMethod.Post, $"{index}/_refresh");
    }
}
