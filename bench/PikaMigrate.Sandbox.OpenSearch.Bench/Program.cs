using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.OpenSearch;
using PikaMigrate.Sandbox.OpenSearch.Bench;
using PikaMigrate.Sandbox.Seeding;

// The engine at sandbox scale, over real HTTP: bulk load, count, the A1 mapping update, the A2 update by query
// (slices=auto, as a task, polled), the Session Analytics query, a full search_after walk and an mget.
var sessions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
const string Index = "session";
var end = DateTimeOffset.UtcNow;
var dataset = new PikaDataset(new DatasetOptions { Sessions = sessions, Users = 5_000, PreTyped = sessions / 20, EndDate = end });

await using var server = await OpenSearchEngineServer.StartAsync(new EngineOptions());
using var http = new HttpClient { BaseAddress = server.Endpoint, Timeout = TimeSpan.FromMinutes(10) };
Console.WriteLine($"Engine at {server.Endpoint}; {Environment.ProcessorCount} cores; {sessions:N0} sessions");

// The 0.10 index and mapping, as the sandbox seeds it (no documents yet).
await new OpenSearchSeeder(http).SeedAsync(new PikaDataset(dataset.Options with { Sessions = 0 }), Index, CancellationToken.None);
var bodies = dataset.Sessions().Chunk(1_000).Select(chunk =>
{
    var body = new StringBuilder();
    foreach (var s in chunk)
    {
        body.Append("{\"index\":{\"_index\":\"session\",\"_id\":").Append(JsonSerializer.Serialize(s.SessionId)).Append("}}\n");
        body.Append(OpenSearchSeeder.Document(s).ToJsonString()).Append('\n');
    }

    return body.ToString();
}).ToList();

await Measure("bulk load (1,000 per _bulk)", async () =>
{
    foreach (var body in bodies)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
        using var response = await http.PostAsync(new Uri("_bulk", UriKind.Relative), content);
        var result = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (!response.IsSuccessStatusCode || result!["errors"]!.GetValue<bool>())
        {
            throw new InvalidOperationException("The bulk load failed.");
        }
    }

    await http.PostAsync(new Uri($"{Index}/_refresh", UriKind.Relative), null);
    return $"{sessions:N0} documents";
});
Memory("after the load");

await Measure("count (match_all)", async () => $"{(await Json(HttpMethod.Get, $"{Index}/_count", null))["count"]} documents");
await Measure("count (terms on a dynamic text field)", async () =>
    $"{(await Json(HttpMethod.Post, $"{Index}/_count", """{"query":{"term":{"user_type":"internal"}}}"""))["count"]} documents");

await Measure("A1 PUT _mapping (three keyword twins)", async () =>
{
    await Json(HttpMethod.Put, $"{Index}/_mapping", """{"properties":{"invocation_mode_keyword":{"type":"keyword"},"user_type_keyword":{"type":"keyword"},"source_keyword":{"type":"keyword"}}}""");
    return "acknowledged";
});

const string Copy = "if (ctx._source.invocation_mode != null) { ctx._source.invocation_mode_keyword = ctx._source.invocation_mode; } "
    + "if (ctx._source.user_type != null) { ctx._source.user_type_keyword = ctx._source.user_type; } "
    + "if (ctx._source.source != null) { ctx._source.source_keyword = ctx._source.source; }";
await Measure("A2 _update_by_query (slices=auto, task, polled)", async () =>
{
    var started = await Json(HttpMethod.Post, $"{Index}/_update_by_query?conflicts=proceed&refresh=true&slices=auto&scroll_size=1000&wait_for_completion=false",
        new JsonObject { ["query"] = new JsonObject { ["match_all"] = new JsonObject() }, ["script"] = new JsonObject { ["lang"] = "painless", ["source"] = Copy } }.ToJsonString());
    var task = started["task"]!.GetValue<string>();
    while (true)
    {
        var status = await Json(HttpMethod.Get, $"_tasks/{task}", null);
        if (status["completed"]!.GetValue<bool>())
        {
            var response = status["response"]!;
            return $"updated {response["updated"]}, batches {response["batches"]}, conflicts {response["version_conflicts"]}, failures {response["failures"]!.AsArray().Count}";
        }

        await Task.Delay(50);
    }
});
Memory("after the update by query");

var analytics = AnalyticsQuery.Body(end.AddDays(-90), end);
for (var run = 1; run <= 3; run++)
{
    await Measure($"Session Analytics query (run {run})", async () =>
    {
        var result = await Json(HttpMethod.Post, $"{Index}/_search", analytics);
        var aggs = result["aggregations"]!;
        return $"{aggs["total_sessions"]!["value"]} sessions, {aggs["unique_users"]!["value"]} users, {aggs["time_series"]!["buckets"]!.AsArray().Count} days, "
            + $"{aggs["top_chat_apps"]!["buckets"]!.AsArray().Count} apps, {aggs["cost_by_mode"]!["buckets"]!.AsArray().Count} modes";
    });
}

await Measure("terms on user_type_keyword", async () =>
    (await Json(HttpMethod.Post, $"{Index}/_search", """{"size":0,"aggs":{"t":{"terms":{"field":"user_type_keyword","missing":"_undefined"}}}}"""))["aggregations"]!["t"]!["buckets"]!.ToJsonString());

await Measure("search_after walk (sort session_id, 1,000 per page)", async () =>
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

        var hits = (await Json(HttpMethod.Post, $"{Index}/_search", body.ToJsonString()))["hits"]!["hits"]!.AsArray();
        if (hits.Count == 0)
        {
            return $"{seen:N0} documents in {pages} pages";
        }

        pages++;
        seen += hits.Count;
        after = hits[^1]!["sort"]![0]!.GetValue<string>();
    }
});

var ids = dataset.Sessions().Take(1_000).Select(s => s.SessionId).ToList();
await Measure("_mget 1,000 ids", async () =>
{
    var docs = (await Json(HttpMethod.Post, $"{Index}/_mget", new JsonObject { ["ids"] = new JsonArray([.. ids.Select(i => (JsonNode)i)]) }.ToJsonString()))["docs"]!.AsArray();
    return $"{docs.Count(d => d!["found"]!.GetValue<bool>())} found";
});

async Task<JsonNode> Json(HttpMethod method, string path, string? body)
{
    using var request = new HttpRequestMessage(method, path);
    if (body is not null)
    {
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
    }

    using var response = await http.SendAsync(request);
    var text = await response.Content.ReadAsStringAsync();
    return response.IsSuccessStatusCode ? JsonNode.Parse(text)! : throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
}

static async Task Measure(string what, Func<Task<string>> step)
{
    var watch = Stopwatch.StartNew();
    var result = await step();
    Console.WriteLine($"{what,-52} {watch.Elapsed.TotalSeconds,8:0.000} s   {result}");
}

static void Memory(string when)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    Console.WriteLine($"{"managed heap " + when,-52} {GC.GetTotalMemory(false) / (1024.0 * 1024.0),8:0} MB   (working set {Environment.WorkingSet / (1024.0 * 1024.0):0} MB)");
}
