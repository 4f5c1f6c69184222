using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Seeding;

namespace PikaMigrate.Sandbox.OpenSearch.Bench;

/// <summary>
/// The engine at sandbox scale: bulk load (0.10 mapping, dynamic text fields), counts, A1's mapping update, A2's
/// update by query (slices=auto, as a task, polled), the Session Analytics query, a terms aggregation, a full
/// search_after walk and an mget. Each step runs on every engine in turn.
/// </summary>
internal static class EngineBench
{
    private const string Index = "session";

    private const string Copy = "if (ctx._source.invocation_mode != null) { ctx._source.invocation_mode_keyword = ctx._source.invocation_mode; } "
        + "if (ctx._source.user_type != null) { ctx._source.user_type_keyword = ctx._source.user_type; } "
        + "if (ctx._source.source != null) { ctx._source.source_keyword = ctx._source.source; }";

    public static async Task RunAsync(IReadOnlyList<BenchEngine> engines, int sessions)
    {
        var end = DateTimeOffset.UtcNow;
        var dataset = new PikaDataset(new DatasetOptions { Sessions = sessions, Users = 5_000, PreTyped = sessions / 20, EndDate = end });
        var bodies = dataset.Sessions().Chunk(1_000).Select(chunk =>
        {
            var body = new StringBuilder();
            foreach (var s in chunk)
            {
                body.Append("{\"index\":{\"_index\":\"session\",\"_id\":").Append(JsonSerializer.Serialize(s.SessionId)).Append("}}\n");
                body.Append(OpenSearchSeeder.Document(s).ToJsonString()).Append('\n');
            }

            return Encoding.UTF8.GetBytes(body.ToString());
        }).ToList();

        foreach (var engine in engines)
        {
            // The 0.10 index and mapping, as the sandbox seeds it (no documents yet).
            await new OpenSearchSeeder(engine.Http).SeedAsync(new PikaDataset(dataset.Options with { Sessions = 0 }), Index, CancellationToken.None);
        }

        await Step(engines, "bulk load (1,000 per _bulk)", async engine =>
        {
            foreach (var body in bodies)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");
                using var response = await engine.Http.PostAsync(new Uri("_bulk", UriKind.Relative), content);
                var result = await response.Content.ReadFromJsonAsync<JsonObject>();
                if (!response.IsSuccessStatusCode || result!["errors"]!.GetValue<bool>())
                {
                    throw new InvalidOperationException("The bulk load failed.");
                }
            }

            await engine.Http.PostAsync(new Uri($"{Index}/_refresh", UriKind.Relative), null);
            return $"{sessions:N0} documents";
        });
        bodies.Clear();
        Heap.Print(engines, "after the load");

        await Step(engines, "count (match_all)", async e => $"{(await e.JsonAsync(HttpMethod.Get, $"{Index}/_count", null))["count"]} documents");
        await Step(engines, "count (term on a dynamic text field)", async e =>
            $"{(await e.JsonAsync(HttpMethod.Post, $"{Index}/_count", """{"query":{"term":{"user_type":"internal"}}}"""))["count"]} documents");
        await Step(engines, "A1 PUT _mapping (three keyword twins)", async e =>
        {
            await e.JsonAsync(HttpMethod.Put, $"{Index}/_mapping", """{"properties":{"invocation_mode_keyword":{"type":"keyword"},"user_type_keyword":{"type":"keyword"},"source_keyword":{"type":"keyword"}}}""");
            return "acknowledged";
        });
        await Step(engines, "A2 _update_by_query (slices=auto, task, polled)", async e =>
        {
            var started = await e.JsonAsync(HttpMethod.Post, $"{Index}/_update_by_query?conflicts=proceed&refresh=true&slices=auto&scroll_size=1000&wait_for_completion=false",
                new JsonObject { ["query"] = new JsonObject { ["match_all"] = new JsonObject() }, ["script"] = new JsonObject { ["lang"] = "painless", ["source"] = Copy } }.ToJsonString());
            var task = started["task"]!.GetValue<string>();
            while (true)
            {
                var status = await e.JsonAsync(HttpMethod.Get, $"_tasks/{task}", null);
                if (status["completed"]!.GetValue<bool>())
                {
                    var response = status["response"]!;
                    return $"updated {response["updated"]}, batches {response["batches"]}, conflicts {response["version_conflicts"]}, failures {response["failures"]!.AsArray().Count}";
                }

                await Task.Delay(50);
            }
        });
        Heap.Print(engines, "after the update by query");

        var analytics = AnalyticsQuery.Body(end.AddDays(-90), end);
        for (var run = 1; run <= 3; run++)
        {
            await Step(engines, $"Session Analytics query (run {run})", async e =>
            {
                var aggs = (await e.JsonAsync(HttpMethod.Post, $"{Index}/_search", analytics))["aggregations"]!;
                return $"{aggs["total_sessions"]!["value"]} sessions, {aggs["unique_users"]!["value"]} users, {aggs["time_series"]!["buckets"]!.AsArray().Count} days, "
                    + $"{aggs["top_chat_apps"]!["buckets"]!.AsArray().Count} apps, {aggs["cost_by_mode"]!["buckets"]!.AsArray().Count} modes";
            });
        }

        await Step(engines, "terms on user_type_keyword", async e =>
            (await e.JsonAsync(HttpMethod.Post, $"{Index}/_search", """{"size":0,"aggs":{"t":{"terms":{"field":"user_type_keyword","missing":"_undefined"}}}}"""))["aggregations"]!["t"]!["buckets"]!.ToJsonString());

        await Step(engines, "search_after walk (sort session_id, 1,000 per page)", async e =>
        {
            var pages = 0;
            var seen = 0;
            string? after = null;
            while (true)
            {
                var body = new JsonObject
                {
                    ["size"] = 1000,
                    ["sort"] = new JsonArray(new JsonObject { ["session_id"] = "asc" }),
                    ["_source"] = new JsonArray("session_id", "user_type", "user_type_keyword"),
                };
                if (after is not null)
                {
                    body["search_after"] = new JsonArray(after);
                }

                var hits = (await e.JsonAsync(HttpMethod.Post, $"{Index}/_search", body.ToJsonString()))["hits"]!["hits"]!.AsArray();
                if (hits.Count == 0)
                {
                    return $"{seen:N0} documents in {pages} pages";
                }

                pages++;
                seen += hits.Count;
                after = hits[^1]!["sort"]![0]!.GetValue<string>();
            }
        });

        var ids = new JsonObject { ["ids"] = new JsonArray([.. dataset.Sessions().Take(1_000).Select(s => (JsonNode)s.SessionId)]) }.ToJsonString();
        await Step(engines, "_mget 1,000 ids", async e =>
            $"{(await e.JsonAsync(HttpMethod.Post, $"{Index}/_mget", ids))["docs"]!.AsArray().Count(d => d!["found"]!.GetValue<bool>())} found");
    }

    private static async Task Step(IReadOnlyList<BenchEngine> engines, string what, Func<BenchEngine, Task<string>> step)
    {
        foreach (var engine in engines)
        {
            var load = LoadAverage.Now();
            var watch = Stopwatch.StartNew();
            var result = await step(engine);
            Console.WriteLine($"{what,-52} {engine.Name,-5} {watch.Elapsed.TotalSeconds,8:0.000} s   load {load,5:0.0}   {result}");
        }
    }
}
