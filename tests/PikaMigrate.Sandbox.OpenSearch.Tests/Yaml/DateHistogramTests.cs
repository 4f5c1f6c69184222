namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// OpenSearch's rest-api-spec <c>search.aggregation/360_date_histogram.yml</c>, transcribed. Its setup maps a
/// <c>date_range</c> field, a type the engine refuses; the tests that do not read it run without it. Calendar units,
/// offsets, formats and ordering are covered further by the engine's own aggregation tests.
/// </summary>
public sealed class DateHistogramTests
{
    private const string File = "search.aggregation/360_date_histogram.yml: ";

    [Fact(DisplayName = File + "date_histogram on range with hard bounds")]
    public async Task On_range_with_hard_bounds()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_date_hist", """{"settings":{"number_of_shards":5},"mappings":{"properties":{"range":{"type":"date_range"}}}}"""))
            .Catch("bad_request").Match("error.root_cause.0.reason", "the pika-migrate sandbox engine does not support field type [date_range] (field [range])");
    }

    [Fact(DisplayName = File + "Date histogram aggregation w/ filter query test")]
    public async Task With_filter_query()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/dhisto-agg-w-query/_bulk?refresh=true",
            """{"index":{}}""", """{"routing":"route1","date":"2024-08-12","dow":"monday"}""",
            """{"index":{}}""", """{"routing":"route1","date":"2024-08-14","dow":"wednesday"}""",
            """{"index":{}}""", """{"routing":"route1","date":"2024-08-19","dow":"monday"}""",
            """{"index":{}}""", """{"routing":"route2","date":"2024-08-13","dow":"tuesday"}""",
            """{"index":{}}""", """{"routing":"route2","date":"2024-08-15","dow":"thursday"}""")).Match("errors", false);
        (await os.Post("/dhisto-agg-w-query/_search",
            """{"query":{"bool":{"must":{"match_all":{}},"filter":[{"terms":{"routing":["route1"]}}]}},"aggregations":{"weekHisto":{"date_histogram":{"field":"date","calendar_interval":"week"}}},"_source":false}"""))
            .Match("hits.total.value", 3).Match("aggregations.weekHisto.buckets.0.doc_count", 2).Match("aggregations.weekHisto.buckets.1.doc_count", 1);
    }

    /// <summary>The YAML force-merges (not served) and profiles (refused) to check an optimisation; the counts are checked without.</summary>
    [Fact(DisplayName = File + "Date histogram aggregation w/ shared field range test")]
    public async Task With_shared_field_range()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/dhisto-agg-w-query", """{"settings":{"number_of_shards":1,"number_of_replicas":0,"refresh_interval":-1},"mappings":{"properties":{"date":{"type":"date"}}}}""")).Expect(200);
        var lines = new List<string>();
        foreach (var date in new[] { "2024-10-31", "2024-11-11", "2024-11-28", "2024-12-25", "2025-01-01", "2025-02-14" })
        {
            lines.Add("""{"index":{}}""");
            lines.Add($$"""{"date":"{{date}}"}""");
        }

        (await os.Bulk("/dhisto-agg-w-query/_bulk?refresh=true", [.. lines])).Match("errors", false);
        (await os.Post("/dhisto-agg-w-query/_forcemerge?max_num_segments=1")).Catch("bad_request")
            .Match("error", "no handler found for uri [/dhisto-agg-w-query/_forcemerge] and method [POST]");
        const string search = """" "query":{"range":{"date":{"gte":"2024-01-01","lt":"2025-01-01"}}},"aggregations":{"monthHisto":{"date_histogram":{"field":"date","calendar_interval":"month"}}},"_source":false}"""";
        (await os.Post("/dhisto-agg-w-query/_search", """{"profile":true,""" + search)).Unsupported("[profile] in search requests");
        (await os.Post("/dhisto-agg-w-query/_search", "{" + search))
            .Match("hits.total.value", 4).Match("aggregations.monthHisto.buckets.0.doc_count", 1)
            .Match("aggregations.monthHisto.buckets.1.doc_count", 2).Match("aggregations.monthHisto.buckets.2.doc_count", 1);
    }
}
