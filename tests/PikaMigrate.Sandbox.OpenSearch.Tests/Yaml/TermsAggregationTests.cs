namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// OpenSearch's rest-api-spec <c>search.aggregation/20_terms.yml</c>, transcribed. The setup maps an <c>ip</c> field,
/// a type the engine refuses; <see cref="Setup"/> checks that and maps the rest.
/// </summary>
public sealed class TermsAggregationTests
{
    private const string File = "search.aggregation/20_terms.yml: ";

    [Fact(DisplayName = File + "Basic test")]
    public async Task Basic_test()
    {
        await using var os = await Setup();
        await Index(os, """{"str":"abc"}""", """{"str":"abc"}""", """{"str":"bcd"}""");
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"size":0,"aggs":{"str_terms":{"terms":{"field":"str"}}}}"""))
            .Match("hits.total", 3).Length("aggregations.str_terms.buckets", 2)
            .Match("aggregations.str_terms.buckets.0.key", "abc").IsFalse("aggregations.str_terms.buckets.0.key_as_string").Match("aggregations.str_terms.buckets.0.doc_count", 2)
            .Match("aggregations.str_terms.buckets.1.key", "bcd").IsFalse("aggregations.str_terms.buckets.1.key_as_string").Match("aggregations.str_terms.buckets.1.doc_count", 1);
    }

    [Fact(DisplayName = File + "IP test")]
    public async Task Ip_test()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"mappings":{"properties":{"ip":{"type":"ip"}}}}""")).Catch("bad_request")
            .Match("error.root_cause.0.reason", "the pika-migrate sandbox engine does not support field type [ip] (field [ip])");
    }

    [Fact(DisplayName = File + "Boolean test")]
    public async Task Boolean_test()
    {
        await using var os = await Setup();
        await Index(os, """{"boolean":true}""", """{"boolean":false}""", """{"boolean":true}""");
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"size":0,"aggs":{"boolean_terms":{"terms":{"field":"boolean"}}}}"""))
            .Match("hits.total", 3).Length("aggregations.boolean_terms.buckets", 2)
            .Match("aggregations.boolean_terms.buckets.0.key", 1).Match("aggregations.boolean_terms.buckets.0.key_as_string", "true").Match("aggregations.boolean_terms.buckets.0.doc_count", 2)
            .Match("aggregations.boolean_terms.buckets.1.key", 0).Match("aggregations.boolean_terms.buckets.1.key_as_string", "false").Match("aggregations.boolean_terms.buckets.1.doc_count", 1);
    }

    [Theory(DisplayName = File + "Integer test / Double test")]
    [InlineData("integer", 1234, 5678)]
    [InlineData("double", 1234.5, 5678.5)]
    public async Task Number_test(string field, double common, double rare)
    {
        await using var os = await Setup();
        await Index(os, $$$"""{"{{{field}}}":{{{common}}}}""", $$$"""{"{{{field}}}":{{{rare}}}}""", $$$"""{"{{{field}}}":{{{common}}}}""");
        (await os.Post("/_search?rest_total_hits_as_int=true", "{\"size\":0,\"aggs\":{\"t\":{\"terms\":{\"field\":\"" + field + "\"}}}}"))
            .Match("hits.total", 3).Length("aggregations.t.buckets", 2)
            .Match("aggregations.t.buckets.0.key", common).IsFalse("aggregations.t.buckets.0.key_as_string").Match("aggregations.t.buckets.0.doc_count", 2)
            .Match("aggregations.t.buckets.1.key", rare).IsFalse("aggregations.t.buckets.1.key_as_string").Match("aggregations.t.buckets.1.doc_count", 1);
    }

    [Fact(DisplayName = File + "Date test")]
    public async Task Date_test()
    {
        await using var os = await Setup();
        await Index(os, """{"date":"2016-05-03"}""", """{"date":"2014-09-01"}""", """{"date":"2016-05-03"}""");
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"size":0,"aggs":{"date_terms":{"terms":{"field":"date"}}}}"""))
            .Match("hits.total", 3).Length("aggregations.date_terms.buckets", 2)
            .Match("aggregations.date_terms.buckets.0.key", 1462233600000).Match("aggregations.date_terms.buckets.0.key_as_string", "2016-05-03T00:00:00.000Z")
            .Match("aggregations.date_terms.buckets.0.doc_count", 2)
            .Match("aggregations.date_terms.buckets.1.key", 1409529600000).Match("aggregations.date_terms.buckets.1.key_as_string", "2014-09-01T00:00:00.000Z")
            .Match("aggregations.date_terms.buckets.1.doc_count", 1);
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"size":0,"aggs":{"date_terms":{"terms":{"field":"date","include":["2016-05-03"]}}}}"""))
            .Match("hits.total", 3).Length("aggregations.date_terms.buckets", 1)
            .Match("aggregations.date_terms.buckets.0.key_as_string", "2016-05-03T00:00:00.000Z").Match("aggregations.date_terms.buckets.0.doc_count", 2);
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"size":0,"aggs":{"date_terms":{"terms":{"field":"date","exclude":["2016-05-03"]}}}}"""))
            .Match("hits.total", 3).Length("aggregations.date_terms.buckets", 1)
            .Match("aggregations.date_terms.buckets.0.key_as_string", "2014-09-01T00:00:00.000Z").Match("aggregations.date_terms.buckets.0.doc_count", 1);
    }

    [Theory(DisplayName = File + "Partitioned string test / Partitioned integer test")]
    [InlineData("""{"str":"abc"}""", """{"str":"bcd"}""", "str")]
    [InlineData("""{"integer":1234}""", """{"integer":5678}""", "integer")]
    public async Task Partitioned(string common, string rare, string field)
    {
        await using var os = await Setup();
        await Index(os, common, common, rare);
        (await os.Post("/_search?rest_total_hits_as_int=true", "{\"size\":0,\"aggs\":{\"str_terms\":{\"terms\":{\"field\":\"" + field + "\",\"include\":{\"partition\":0,\"num_partitions\":2}}}}}"))
            .Unsupported("[include] partitions in terms aggregations");
    }

    [Theory(DisplayName = File + "Unmapped strings / booleans / dates / longs / doubles")]
    [InlineData("unmapped_string", "string", "\"abc\"", "\"abc\"", null)]
    [InlineData("unmapped_boolean", "boolean", "true", "1", "true")]
    [InlineData("unmapped_date", "date", "\"2016-05-11\"", "1462924800000", "2016-05-11T00:00:00.000Z")]
    [InlineData("unmapped_long", "long", "3", "3", null)]
    [InlineData("unmapped_double", "double", "3.5", "3.5", null)]
    public async Task Unmapped(string field, string valueType, string missing, string key, string? keyAsString)
    {
        await using var os = await Setup();
        await Index(os, "{}");
        var response = (await os.Post("/_search?rest_total_hits_as_int=true",
                $"{{\"size\":0,\"aggs\":{{\"t\":{{\"terms\":{{\"field\":\"{field}\",\"value_type\":\"{valueType}\",\"missing\":{missing}}}}}}}}}"))
            .Match("hits.total", 1).Length("aggregations.t.buckets", 1).MatchJson("aggregations.t.buckets.0.key", key).Match("aggregations.t.buckets.0.doc_count", 1);
        if (keyAsString is not null)
        {
            response.Match("aggregations.t.buckets.0.key_as_string", keyAsString);
        }
    }

    [Fact(DisplayName = File + "Mixing longs and doubles")]
    public async Task Mixing_longs_and_doubles()
    {
        await using var os = await Setup();
        (await os.Put("/test_1/_doc/1", """{"number":100}""")).Expect(201);
        (await os.Put("/test_1/_doc/2", """{"number":10}""")).Expect(201);
        (await os.Put("/test_2/_doc/3", """{"number":100.0}""")).Expect(201);
        (await os.Put("/test_2/_doc/1", """{"number":10.0}""")).Expect(201);
        (await os.Put("/test_2/_doc/2", """{"number":14.6}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"size":0,"aggs":{"number_terms":{"terms":{"field":"number"}}}}"""))
            .Match("hits.total", 5).Length("aggregations.number_terms.buckets", 3)
            .Match("aggregations.number_terms.buckets.0.key", 10.0).Match("aggregations.number_terms.buckets.0.doc_count", 2)
            .Match("aggregations.number_terms.buckets.1.key", 100.0).Match("aggregations.number_terms.buckets.1.doc_count", 2)
            .Match("aggregations.number_terms.buckets.2.key", 14.6).Match("aggregations.number_terms.buckets.2.doc_count", 1);
    }

    [Fact(DisplayName = File + "Deprecated _term order")]
    public async Task Deprecated_term_order()
    {
        await using var os = await Setup();
        await Index(os, """{"str":"abc"}""", """{"str":"abc"}""", """{"str":"bcd"}""");
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"size":0,"aggs":{"str_terms":{"terms":{"field":"str","order":{"_term":"desc"}}}}}"""))
            .Match("hits.total", 3).Length("aggregations.str_terms.buckets", 2)
            .Match("aggregations.str_terms.buckets.0.key", "bcd").IsFalse("aggregations.str_terms.buckets.0.key_as_string").Match("aggregations.str_terms.buckets.0.doc_count", 1)
            .Match("aggregations.str_terms.buckets.1.key", "abc").IsFalse("aggregations.str_terms.buckets.1.key_as_string").Match("aggregations.str_terms.buckets.1.doc_count", 2);
    }

    /// <summary>The YAML indexes with <c>routing</c> (refused) and then reads <c>indices.stats</c> fielddata (not served).</summary>
    [Theory(DisplayName = File + "Global ordinals are not loaded with the map execution hint / are loaded with the global_ordinals execution hint")]
    [InlineData("map")]
    [InlineData("global_ordinals")]
    public async Task Global_ordinals(string hint)
    {
        await using var os = await Setup();
        (await os.Put("/test_1/_doc/1?refresh=true&routing=1", """{"str":"abc"}""")).Unsupported("custom routing ([routing])");
        await Index(os, """{"str":"abc"}""", """{"str":"abc"}""", """{"str":"bcd"}""");
        (await os.Post("/test_1/_search", "{\"size\":0,\"aggs\":{\"str_terms\":{\"terms\":{\"field\":\"str\",\"execution_hint\":\"" + hint + "\"}}}}"))
            .Match("hits.total.value", 3).Length("aggregations.str_terms.buckets", 2);
        (await os.Get("/test_1/_stats/fielddata?fielddata_fields=str")).Catch("bad_request")
            .Match("error", "no handler found for uri [/test_1/_stats/fielddata] and method [GET]");
    }

    [Fact(DisplayName = File + "No field or script")]
    public async Task No_field_or_script()
    {
        await using var os = await Setup();
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"size":0,"aggs":{"no_field_terms":{"terms":{"size":1}}}}"""))
            .Catch("/Required one of fields \\[field, script\\], but none were specified/");
    }

    [Theory(DisplayName = File + "string profiler via global ordinals / string profiler via map / numeric profiler")]
    [InlineData("""{"profile":true,"size":0,"aggs":{"str_terms":{"terms":{"field":"str","collect_mode":"breadth_first","execution_hint":"global_ordinals"},"aggs":{"max_number":{"max":{"field":"number"}}}}}}""")]
    [InlineData("""{"profile":true,"size":0,"aggs":{"str_terms":{"terms":{"field":"str","collect_mode":"breadth_first","execution_hint":"map"},"aggs":{"max_number":{"max":{"field":"number"}}}}}}""")]
    [InlineData("""{"profile":true,"size":0,"aggs":{"n_terms":{"terms":{"field":"number"}}}}""")]
    public async Task Profilers(string body)
    {
        await using var os = await Setup();
        (await os.Post("/test_1/_search", body)).Unsupported("[profile] in search requests");
    }

    /// <summary>
    /// The YAML selects sheep and cow with a <c>simple_query_string</c>, which the engine refuses; on the keyword
    /// field a terms query selects the same documents, so the aggregation facts are checked with it.
    /// </summary>
    [Fact(DisplayName = File + "min_doc_count")]
    public async Task Min_doc_count()
    {
        await using var os = await Setup();
        (await os.Bulk("/test_1/_bulk?refresh=true",
            """{"index":{}}""", """{"str":"sheep","number":1}""", """{"index":{}}""", """{"str":"sheep","number":3}""",
            """{"index":{}}""", """{"str":"cow","number":1}""", """{"index":{}}""", """{"str":"pig","number":1}""")).Match("errors", false);
        (await os.Post("/test_1/_search", """{"size":0,"query":{"simple_query_string":{"fields":["str"],"query":"sheep cow","minimum_should_match":1}}}"""))
            .Unsupported("the [simple_query_string] query");
        const string query = """{"size":0,"query":{"terms":{"str":["sheep","cow"]}},"aggs":{"str_terms":{"terms":{"field":"str" """;
        const string max = """},"aggs":{"max_number":{"max":{"field":"number"}}}}}}""";
        (await os.Post("/test_1/_search", query + ",\"min_doc_count\":2" + max)).Length("aggregations.str_terms.buckets", 1)
            .Match("aggregations.str_terms.buckets.0.key", "sheep").Match("aggregations.str_terms.buckets.0.doc_count", 2).Match("aggregations.str_terms.buckets.0.max_number.value", 3);
        foreach (var minDocCount in new[] { ",\"min_doc_count\":1", "" })
        {
            (await os.Post("/test_1/_search", query + minDocCount + max)).Length("aggregations.str_terms.buckets", 2)
                .Match("aggregations.str_terms.buckets.0.key", "sheep").Match("aggregations.str_terms.buckets.0.doc_count", 2).Match("aggregations.str_terms.buckets.0.max_number.value", 3)
                .Match("aggregations.str_terms.buckets.1.key", "cow").Match("aggregations.str_terms.buckets.1.doc_count", 1).Match("aggregations.str_terms.buckets.1.max_number.value", 1);
        }

        (await os.Post("/test_1/_search", query + ",\"min_doc_count\":0" + max)).Length("aggregations.str_terms.buckets", 3)
            .Match("aggregations.str_terms.buckets.0.key", "sheep").Match("aggregations.str_terms.buckets.0.doc_count", 2).Match("aggregations.str_terms.buckets.0.max_number.value", 3)
            .Match("aggregations.str_terms.buckets.1.key", "cow").Match("aggregations.str_terms.buckets.1.doc_count", 1).Match("aggregations.str_terms.buckets.1.max_number.value", 1.0)
            .Match("aggregations.str_terms.buckets.2.key", "pig").Match("aggregations.str_terms.buckets.2.doc_count", 0).Match("aggregations.str_terms.buckets.2.max_number.value", null);
    }

    private static async Task<YamlCluster> Setup()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"number_of_shards":1,"number_of_replicas":0},"mappings":{"properties":{"str":{"type":"keyword"},"boolean":{"type":"boolean"},"integer":{"type":"long"},"double":{"type":"double"},"number":{"type":"long"},"date":{"type":"date"}}}}""")).Expect(200);
        (await os.Put("/test_2", """{"settings":{"number_of_replicas":0},"mappings":{"properties":{"number":{"type":"double"}}}}""")).Expect(200);
        (await os.Get("/_cluster/health?wait_for_status=green")).Expect(200);
        return os;
    }

    /// <summary>Documents 1, 2, 3... into test_1, then a refresh.</summary>
    private static async Task Index(YamlCluster os, params string[] sources)
    {
        for (var i = 0; i < sources.Length; i++)
        {
            (await os.Put($"/test_1/_doc/{i + 1}", sources[i])).Expect(201);
        }

        await os.RefreshAll();
    }
}
