using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

/// <summary>
/// No request gets an internal failure: every value of valid requests to every endpoint is replaced in turn with
/// values of the wrong kind, and each answer must be OpenSearch's own (a 4xx with its error type, or the few
/// 5xx OpenSearch itself answers with its own exception types), never the engine's catch-all.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class BadRequestTests(EngineFixture engine)
{
    private static readonly JsonNode?[] WrongValues =
    [
        null, JsonValue.Create("x"), JsonValue.Create(""), JsonValue.Create(-1), JsonValue.Create(2.5), JsonValue.Create(true),
        JsonValue.Create(99999999999999999999.0), JsonValue.Create("now-1d/d"), JsonValue.Create("1d"), JsonValue.Create("[a-"), new JsonArray(), new JsonObject(),
        new JsonArray(JsonValue.Create("a"), JsonValue.Create(1)), new JsonObject { ["x"] = JsonValue.Create(1) },
    ];

    /// <summary>Exception types OpenSearch answers with a 5xx itself (AggregationExecutionException, SearchException).</summary>
    private static readonly string[] OpenSearchServerErrors = ["aggregation_execution_exception", "search_exception"];

    [Fact]
    public async Task Wrong_values_anywhere_in_a_request_get_OpenSearchs_errors()
    {
        var index = engine.NewIndex("bad");
        await engine.Client.CreateIndex(index, """
            {"properties":{"k":{"type":"keyword","store":true},"t":{"type":"text"},"n":{"type":"long"},"d":{"type":"double"},"ts":{"type":"date"},"b":{"type":"boolean"},
             "o":{"properties":{"k":{"type":"keyword"}}}}}
            """);
        await engine.Client.Index(index,
            ("1", new { k = "a", t = "hello world", n = 1, d = 1.5, ts = "2024-01-01T00:00:00Z", b = true, o = new { k = "x" } }),
            ("2", new { k = "b", t = "bye", n = 2, d = 2.5, ts = "2024-01-02", b = false }));

        var templates = new (HttpMethod Method, string Path, string Body)[]
        {
            (HttpMethod.Put, "/bad-created", """{"settings":{"number_of_shards":1,"refresh_interval":"1s"},"mappings":{"properties":{"a":{"type":"keyword"},"b":{"type":"date","format":"yyyy-MM-dd"}}},"aliases":{"al":{}}}"""),
            (HttpMethod.Put, $"/{index}/_mapping", """{"properties":{"new":{"type":"keyword","ignore_above":10},"t":{"type":"text","fields":{"raw":{"type":"keyword"}}}},"dynamic":true}"""),
            (HttpMethod.Put, $"/{index}/_settings", """{"index":{"refresh_interval":"5s","number_of_replicas":0,"max_result_window":100}}"""),
            (HttpMethod.Put, $"/{index}/_doc/3", """{"k":"c","n":3,"ts":"2024-01-03","b":false,"d":3.5}"""),
            (HttpMethod.Post, $"/{index}/_update/1", """{"doc":{"n":5},"doc_as_upsert":true,"detect_noop":true,"_source":["n"]}"""),
            (HttpMethod.Post, $"/{index}/_update/9", """{"script":{"source":"ctx._source.n += params.x","params":{"x":1}},"upsert":{"n":0},"scripted_upsert":false}"""),
            (HttpMethod.Post, $"/{index}/_mget", """{"docs":[{"_id":"1","_source":["k"],"stored_fields":["k"]},{"_index":"nope","_id":"2"}]}"""),
            (HttpMethod.Post, $"/{index}/_mget", """{"ids":["1","2"]}"""),
            (HttpMethod.Post, $"/{index}/_count", """{"query":{"bool":{"must":[{"term":{"k":"a"}}],"filter":[{"range":{"ts":{"gte":"2024-01-01","lte":"now","format":"yyyy-MM-dd||strict_date_optional_time","time_zone":"+01:00"}}}],"should":[{"match":{"t":{"query":"hello","operator":"and"}}}],"must_not":[{"exists":{"field":"o.k"}}],"minimum_should_match":1}}}"""),
            (HttpMethod.Post, $"/{index}/_search", """{"query":{"terms":{"k":["a","b"]}},"from":0,"size":5,"sort":[{"n":{"order":"desc","missing":"_last","mode":"max"}},"_doc"],"_source":{"includes":["k"],"excludes":["t"]},"track_total_hits":true,"stored_fields":["k","_source"],"search_after":[5,0]}"""),
            (HttpMethod.Post, $"/{index}/_search", """{"query":{"bool":{"should":[{"prefix":{"k":"a"}},{"wildcard":{"k":"b*"}},{"ids":{"values":["1"]}},{"constant_score":{"filter":{"term":{"b":true}},"boost":2}}]}},"post_filter":{"range":{"n":{"gt":0}}},"min_score":0,"terminate_after":10,"version":true,"seq_no_primary_term":true}"""),
            (HttpMethod.Post, $"/{index}/_search", """{"size":0,"aggs":{"t":{"terms":{"field":"k","size":3,"min_doc_count":1,"order":{"s":"desc"},"missing":"m","include":"a.*","exclude":["z"]},"aggs":{"s":{"sum":{"field":"d"}},"c":{"cardinality":{"field":"k"}},"v":{"value_count":{"field":"n"}}}}}}"""),
            (HttpMethod.Post, $"/{index}/_search", """{"size":0,"aggs":{"h":{"date_histogram":{"field":"ts","calendar_interval":"day","format":"yyyy-MM-dd","time_zone":"Europe/Paris","offset":"+1h","min_doc_count":0,"extended_bounds":{"min":"2023-12-30","max":"2024-01-04"},"order":{"_key":"asc"},"keyed":false},"aggs":{"f":{"filter":{"term":{"k":"a"}}},"m":{"missing":{"field":"o.k"}},"st":{"stats":{"field":"d"}}}}}}"""),
            (HttpMethod.Post, $"/{index}/_search", """{"size":0,"aggs":{"f":{"filters":{"filters":{"a":{"term":{"k":"a"}}},"other_bucket":true}},"h2":{"date_histogram":{"field":"ts","fixed_interval":"12h","hard_bounds":{"min":0,"max":"2025-01-01"}}}}}"""),
            (HttpMethod.Post, $"/{index}/_search", """{"size":0,"aggs":{"dt":{"terms":{"field":"ts","format":"yyyy","order":[{"_count":"asc"},{"mx":"desc"}]},"aggs":{"mx":{"max":{"field":"ts","format":"yyyy-MM"}},"av":{"avg":{"field":"n","missing":0}},"mn":{"min":{"field":"d"}}}},"bt":{"terms":{"field":"b","missing":false}}}}"""),
            (HttpMethod.Post, $"/{index}/_search", """{"query":{"match":{"t":{"query":"hello world","operator":"or","minimum_should_match":"50%","analyzer":"standard","zero_terms_query":"none","lenient":true,"boost":1.5}}},"sort":[{"ts":{"order":"asc","unmapped_type":"date","missing":"_first"}},{"_score":"desc"},{"k":"asc"}],"track_scores":true,"typed_keys":true}"""),
            (HttpMethod.Post, $"/{index}/_search", """{"query":{"bool":{"filter":[{"range":{"n":{"gte":1,"lt":10,"boost":1}}},{"range":{"k":{"gt":"a","lte":"z"}}},{"term":{"ts":{"value":"2024-01-01","boost":1}}},{"terms":{"n":[1,2]}},{"match_all":{"boost":1}},{"match_none":{}}]}}}"""),
            (HttpMethod.Post, $"/{index}/_update_by_query?conflicts=proceed&refresh=true", """{"query":{"term":{"k":"zz"}},"script":{"source":"ctx._source.n = 1","lang":"painless","params":{}},"max_docs":10}"""),
        };

        var failures = new List<string>();
        foreach (var (method, path, body) in templates)
        {
            var template = JsonNode.Parse(body)!;
            foreach (var location in Locations(template))
            {
                foreach (var wrong in WrongValues)
                {
                    var mutated = Replace(template, location, wrong);
                    var response = await engine.Client.SendRaw(method, path, mutated.ToJsonString(), "application/json");
                    if (Internal(response))
                    {
                        failures.Add($"{method} {path} {mutated.ToJsonString()} -> {response.Status} {response.Text}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} internal failures:\n" + string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public async Task Wrong_url_parameters_get_OpenSearchs_errors()
    {
        var index = engine.NewIndex("badurl");
        await engine.Client.Index(index, ("1", new { k = "a", n = 1 }));
        var requests = new (HttpMethod Method, string Path, string? Body)[]
        {
            (HttpMethod.Get, $"/{index}/_doc/1", null), (HttpMethod.Put, $"/{index}/_doc/2", """{"a":1}"""), (HttpMethod.Delete, $"/{index}/_doc/2", null),
            (HttpMethod.Post, $"/{index}/_update/1", """{"doc":{"a":2}}"""), (HttpMethod.Post, $"/{index}/_search", "{}"), (HttpMethod.Post, $"/{index}/_count", "{}"),
            (HttpMethod.Post, $"/{index}/_update_by_query", "{}"), (HttpMethod.Get, $"/{index}/_mapping", null), (HttpMethod.Get, $"/{index}/_settings", null),
            (HttpMethod.Post, $"/{index}/_refresh", null), (HttpMethod.Get, "/_tasks", null), (HttpMethod.Get, "/_cluster/health", null), (HttpMethod.Post, $"/{index}/_mget", """{"ids":["1"]}"""),
        };
        string[] names =
        [
            "refresh", "if_seq_no", "if_primary_term", "version", "version_type", "op_type", "from", "size", "sort", "track_total_hits", "rest_total_hits_as_int",
            "terminate_after", "_source", "_source_includes", "stored_fields", "realtime", "conflicts", "slices", "scroll_size", "max_docs", "requests_per_second",
            "wait_for_completion", "timeout", "ignore_unavailable", "allow_no_indices", "wait_for_status", "retry_on_conflict", "preserve_existing", "filter_path", "pretty",
        ];
        string[] values = ["", "x", "-5", "1.5", "99999999999999999999", "%5B", "true,false", "_none_"];
        var failures = new List<string>();
        foreach (var (method, path, body) in requests)
        {
            foreach (var name in names)
            {
                foreach (var value in values)
                {
                    var response = await engine.Client.SendRaw(method, $"{path}?{name}={value}", body, body is null ? null : "application/json");
                    if (Internal(response))
                    {
                        failures.Add($"{method} {path}?{name}={value} -> {response.Status} {response.Text}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} internal failures:\n" + string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public async Task Bodies_of_the_wrong_shape_get_OpenSearchs_errors()
    {
        var index = engine.NewIndex("badshape");
        await engine.Client.Index(index, ("1", new { k = "a" }));
        string[] bodies = ["[]", "1", "\"x\"", "null", "{", "{\"a\":}", "{}{}", "[{}]", "{\"query\":[]}", "{\"aggs\":[]}", "{\"docs\":{}}"];
        string[] paths = [$"/{index}/_search", $"/{index}/_count", $"/{index}/_mget", $"/{index}/_update/1", $"/{index}/_update_by_query", $"/{index}/_mapping", $"/{index}/_settings", $"/{index}/_doc/5", "/shape-created", "/_bulk"];
        var failures = new List<string>();
        foreach (var path in paths)
        {
            foreach (var body in bodies)
            {
                foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put })
                {
                    var response = await engine.Client.SendRaw(method, path, body, path == "/_bulk" ? "application/x-ndjson" : "application/json");
                    if (Internal(response))
                    {
                        failures.Add($"{method} {path} {body} -> {response.Status} {response.Text}");
                    }
                }
            }
        }

        foreach (var line in new[] { "{}", "{\"index\":[]}", "{\"index\":{\"_index\":[]}}", "{\"delete\":{\"_index\":\"x\",\"_id\":{}}}", "{\"update\":{\"_index\":\"x\",\"_id\":\"1\"}}\n[]", "{\"index\":{\"_index\":\"x\",\"_id\":\"1\"}}\n1" })
        {
            var response = await engine.Client.SendRaw(HttpMethod.Post, "/_bulk", line + "\n", "application/x-ndjson");
            if (Internal(response))
            {
                failures.Add($"_bulk {line} -> {response.Status} {response.Text}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} internal failures:\n" + string.Join("\n", failures.Take(30)));
    }

    private static bool Internal(EngineResponse response)
    {
        if (response.Status < 500)
        {
            return false;
        }

        var root = response.Text.Length == 0 ? null : JsonNode.Parse(response.Text)?["error"]?["root_cause"]?[0]?["type"]?.GetValue<string>();
        return root is null || !OpenSearchServerErrors.Contains(root);
    }

    /// <summary>Every value's location in a JSON tree, as the keys and indexes leading to it.</summary>
    private static IEnumerable<object[]> Locations(JsonNode? node, object[]? prefix = null)
    {
        prefix ??= [];
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    object[] here = [.. prefix, key];
                    yield return here;
                    foreach (var below in Locations(value, here))
                    {
                        yield return below;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    object[] here = [.. prefix, i];
                    yield return here;
                    foreach (var below in Locations(array[i], here))
                    {
                        yield return below;
                    }
                }

                break;
        }
    }

    private static JsonNode Replace(JsonNode template, object[] location, JsonNode? value)
    {
        var copy = template.DeepClone();
        var parent = copy;
        foreach (var step in location[..^1])
        {
            parent = step is string key ? parent[key]! : parent[(int)step]!;
        }

        if (location[^1] is string last)
        {
            parent[last] = value?.DeepClone();
        }
        else
        {
            parent[(int)location[^1]] = value?.DeepClone();
        }

        return copy;
    }
}
