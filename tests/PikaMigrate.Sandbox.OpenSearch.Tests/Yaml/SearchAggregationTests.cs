namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// OpenSearch's rest-api-spec <c>search.aggregation/*.yml</c> for cardinality, filter, empty aggregations, typed keys,
/// max buckets and day-of-week date formats, transcribed (terms and date_histogram have files of their own).
/// </summary>
public sealed class SearchAggregationTests
{
    private const string Cardinality = "search.aggregation/170_cardinality_metric.yml: ";
    private const string Filter = "search.aggregation/50_filter.yml: ";
    private const string TypedKeys = "search.aggregation/80_typed_keys.yml: ";
    private const string ThreeCardinalities = """
        "aggs":{"distinct_int":{"cardinality":{"field":"int_field"}},"distinct_double":{"cardinality":{"field":"double_field"}},"distinct_string":{"cardinality":{"field":"string_field"}}}
        """;

    [Fact(DisplayName = Cardinality + "Basic test")]
    public async Task Cardinality_basic_test()
    {
        await using var os = await CardinalityIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true", "{" + ThreeCardinalities + "}"))
            .Match("hits.total", 4).Length("hits.hits", 4)
            .Match("aggregations.distinct_int.value", 4).Match("aggregations.distinct_double.value", 4).Match("aggregations.distinct_string.value", 1);
        (await os.Post("/_search?rest_total_hits_as_int=true",
            """{"aggs":{"distinct_int":{"cardinality":{"field":"int_field","precision_threshold":100}},"distinct_double":{"cardinality":{"field":"double_field","precision_threshold":100}},"distinct_string":{"cardinality":{"field":"string_field","precision_threshold":100}}}}"""))
            .Match("hits.total", 4).Length("hits.hits", 4)
            .Match("aggregations.distinct_int.value", 4).Match("aggregations.distinct_double.value", 4).Match("aggregations.distinct_string.value", 1);
    }

    [Fact(DisplayName = Cardinality + "Only aggs test")]
    public async Task Cardinality_only_aggs_test()
    {
        await using var os = await CardinalityIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true", "{\"size\":0," + ThreeCardinalities + "}"))
            .Match("hits.total", 4).Length("hits.hits", 0)
            .Match("aggregations.distinct_int.value", 4).Match("aggregations.distinct_double.value", 4).Match("aggregations.distinct_string.value", 1);
    }

    [Fact(DisplayName = Cardinality + "Filtered test")]
    public async Task Cardinality_filtered_test()
    {
        await using var os = await CardinalityIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"query":{"constant_score":{"filter":{"range":{"int_field":{"gte":50}}}}},""" + ThreeCardinalities + "}"))
            .Match("hits.total", 3).Length("hits.hits", 3)
            .Match("aggregations.distinct_int.value", 3).Match("aggregations.distinct_double.value", 3).Match("aggregations.distinct_string.value", 1);
    }

    [Fact(DisplayName = Cardinality + "Missing field with missing param")]
    public async Task Cardinality_missing_field_with_missing_param()
    {
        await using var os = await CardinalityIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"aggs":{"distinct_missing":{"cardinality":{"field":"missing_field","missing":"foo"}}}}"""))
            .Match("hits.total", 4).Length("hits.hits", 4).Match("aggregations.distinct_missing.value", 1);
    }

    [Fact(DisplayName = Cardinality + "Missing field without missing param")]
    public async Task Cardinality_missing_field_without_missing_param()
    {
        await using var os = await CardinalityIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"aggs":{"distinct_missing":{"cardinality":{"field":"missing_field"}}}}"""))
            .Match("hits.total", 4).Length("hits.hits", 4).IsFalse("aggregations.distinct_missing.value");
    }

    [Fact(DisplayName = Cardinality + "Metadata test")]
    public async Task Cardinality_metadata_test()
    {
        await using var os = await CardinalityIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"aggs":{"distinct_missing":{"meta":{"foo":"bar"},"cardinality":{"field":"int_field"}}}}"""))
            .Match("hits.total", 4).Length("hits.hits", 4).Match("aggregations.distinct_missing.value", 4).Match("aggregations.distinct_missing.meta.foo", "bar");
    }

    [Fact(DisplayName = Cardinality + "Invalid Precision test")]
    public async Task Cardinality_invalid_precision_test()
    {
        await using var os = await CardinalityIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"aggs":{"distinct_int":{"cardinality":{"field":"int_field","precision_threshold":-1}}}}"""))
            .Catch("/\\[precisionThreshold\\] must be greater than or equal to 0. Found \\[-1\\] in \\[distinct_int\\]/");
    }

    [Theory(DisplayName = Cardinality + "profiler int / profiler double / profiler string")]
    [InlineData("int_field")]
    [InlineData("double_field")]
    [InlineData("string_field")]
    public async Task Cardinality_profilers(string field)
    {
        await using var os = await CardinalityIndex();
        (await os.Post("/_search", "{\"profile\":true,\"size\":0,\"aggs\":{\"d\":{\"cardinality\":{\"field\":\"" + field + "\"}}}}")).Unsupported("[profile] in search requests");
    }

    /// <summary>The YAML then reads the request cache's counters from <c>indices.stats</c>, which the engine does not serve.</summary>
    [Fact(DisplayName = Filter + "Filter aggs with terms lookup and ensure it's cached")]
    public async Task Filter_with_terms_lookup()
    {
        await using var os = await FilterIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true&size=0&request_cache=true",
            """{"aggs":{"itemsNotify":{"filter":{"terms":{"mentions":{"index":"test","id":"foo|bar|baz0","path":"notifications"}}},"aggs":{"mentions":{"terms":{"field":"mentions"}}}}}}"""))
            .Unsupported("terms lookup");
    }

    [Fact(DisplayName = Filter + "Filter aggs no lookup and ensure it's cached")]
    public async Task Filter_no_lookup()
    {
        await using var os = await FilterIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true&size=0&request_cache=true",
            """{"aggs":{"itemsNotify":{"filter":{"terms":{"mentions":["abc"]}},"aggs":{"mentions":{"terms":{"field":"mentions"}}}}}}"""))
            .Match("hits.total", 2).Match("aggregations.itemsNotify.doc_count", 1).Length("aggregations.itemsNotify.mentions.buckets", 1)
            .Match("aggregations.itemsNotify.mentions.buckets.0.key", "abc");
        (await os.Get("/test/_stats/request_cache")).Catch("bad_request").Match("error", "no handler found for uri [/test/_stats/request_cache] and method [GET]");
    }

    [Fact(DisplayName = Filter + "As a child of terms")]
    public async Task Filter_as_a_child_of_terms()
    {
        await using var os = await FilterIndex();
        (await os.Bulk("/test/_bulk?refresh=true", """{"index":{}}""", """{"category":"bar","val":8}""", """{"index":{}}""", """{"category":"bar","val":0}""")).Match("errors", false);
        (await os.Post("/_search?size=0", """{"aggs":{"category":{"terms":{"field":"category.keyword"},"aggs":{"high":{"filter":{"range":{"val":{"gte":7}}}}}}}}"""))
            .Match("hits.total.value", 4).Match("aggregations.category.buckets.0.key", "bar").Match("aggregations.category.buckets.0.doc_count", 2)
            .Match("aggregations.category.buckets.0.high.doc_count", 1);
    }

    [Fact(DisplayName = Filter + "Sorting terms")]
    public async Task Filter_sorting_terms()
    {
        await using var os = await FilterIndex();
        (await os.Bulk("/test/_bulk?refresh=true",
            """{"index":{}}""", """{"category":"foo","val":7}""", """{"index":{}}""", """{"category":"bar","val":8}""",
            """{"index":{}}""", """{"category":"bar","val":9}""", """{"index":{}}""", """{"category":"bar","val":0}""")).Match("errors", false);
        (await os.Post("/_search?size=0", """{"aggs":{"category":{"terms":{"field":"category.keyword","order":{"high.doc_count":"desc"}},"aggs":{"high":{"filter":{"range":{"val":{"gte":7}}}}}}}}"""))
            .Match("hits.total.value", 6)
            .Match("aggregations.category.buckets.0.key", "bar").Match("aggregations.category.buckets.0.doc_count", 3).Match("aggregations.category.buckets.0.high.doc_count", 2)
            .Match("aggregations.category.buckets.1.key", "foo").Match("aggregations.category.buckets.1.doc_count", 1).Match("aggregations.category.buckets.1.high.doc_count", 1);
    }

    [Fact(DisplayName = "search.aggregation/60_empty.yml: Empty Agg Body")]
    public async Task Empty_agg_body()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test/_doc/1", """{"double":42}""")).Expect(201);
        (await os.Put("/test/_doc/2", """{"double":100}""")).Expect(201);
        (await os.Put("/test/_doc/3", """{"double":50}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"size":0,"aggs":{}}""")).Match("hits.total", 3);
    }

    [Theory(DisplayName = TypedKeys + "Test typed keys parameter for avg / cardinality / max / min / stats / sum / terms / value_count aggregation")]
    [InlineData("avg", "num", "avg")]
    [InlineData("cardinality", "name", "cardinality")]
    [InlineData("max", "num", "max")]
    [InlineData("min", "num", "min")]
    [InlineData("stats", "num", "stats")]
    [InlineData("sum", "num", "sum")]
    [InlineData("terms", "num", "lterms")]
    [InlineData("value_count", "num", "value_count")]
    public async Task Typed_keys(string type, string field, string typedName)
    {
        await using var os = await TypedKeysIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true&typed_keys=true", "{\"size\":0,\"aggregations\":{\"t\":{\"" + type + "\":{\"field\":\"" + field + "\"}}}}"))
            .IsTrue($"aggregations.{typedName}#t");
    }

    [Theory(DisplayName = TypedKeys + "Test typed keys parameter for extended_stats / percentiles / percentile_ranks aggregation")]
    [InlineData("extended_stats", "")]
    [InlineData("percentiles", "")]
    [InlineData("percentile_ranks", ",\"values\":[0,10]")]
    public async Task Typed_keys_unsupported(string type, string extra)
    {
        await using var os = await TypedKeysIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true&typed_keys=true", "{\"size\":0,\"aggregations\":{\"t\":{\"" + type + "\":{\"field\":\"num\"" + extra + "}}}}"))
            .Unsupported($"the [{type}] aggregation");
    }

    [Fact(DisplayName = TypedKeys + "Test typed keys parameter for terms and top_hits aggregation")]
    public async Task Typed_keys_terms_and_top_hits()
    {
        await using var os = await TypedKeysIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true&typed_keys=true", """{"size":0,"aggregations":{"test_terms":{"terms":{"field":"name"},"aggs":{"test_top_hits":{"top_hits":{"sort":"num"}}}}}}"""))
            .Unsupported("the [top_hits] aggregation");
    }

    /// <summary>The YAML's derivative and max_bucket pipeline aggregations are refused; the histogram and its sums carry typed keys.</summary>
    [Fact(DisplayName = TypedKeys + "Test typed keys parameter for date_histogram aggregation and max_bucket pipeline aggregation")]
    public async Task Typed_keys_date_histogram_and_max_bucket()
    {
        await using var os = await TypedKeysIndex();
        (await os.Post("/_search?rest_total_hits_as_int=true&typed_keys=true",
            """{"size":0,"aggregations":{"test_created_histogram":{"date_histogram":{"field":"created","calendar_interval":"month"},"aggregations":{"test_sum":{"sum":{"field":"num"}},"test_deriv":{"derivative":{"buckets_path":"test_sum"}}}},"test_max_bucket":{"max_bucket":{"buckets_path":"test_created_histogram>test_sum"}}}}"""))
            .Unsupported("the [derivative] aggregation");
        (await os.Post("/_search?rest_total_hits_as_int=true&typed_keys=true",
            """{"size":0,"aggregations":{"test_created_histogram":{"date_histogram":{"field":"created","calendar_interval":"month"},"aggregations":{"test_sum":{"sum":{"field":"num"}}}}}}"""))
            .IsTrue("aggregations.date_histogram#test_created_histogram")
            .IsTrue("aggregations.date_histogram#test_created_histogram.buckets.0.sum#test_sum")
            .IsTrue("aggregations.date_histogram#test_created_histogram.buckets.1.sum#test_sum");
    }

    /// <summary>
    /// The YAML lowers search.max_buckets with <c>cluster.put_settings</c>, which the engine does not serve: its limit
    /// is OpenSearch's default (65,535).
    /// </summary>
    [Fact(DisplayName = "search.aggregation/240_max_buckets.yml: Max bucket")]
    public async Task Max_bucket()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/_cluster/settings", """{"transient":{"search.max_buckets":3}}"""))
            .Catch("bad_request").Match("error", "no handler found for uri [/_cluster/settings] and method [PUT]");
    }

    /// <summary>2009-11-15T14:12:12 is a Sunday, the last day of the week (7) in the ISO week the root locale uses.</summary>
    [Fact(DisplayName = "search.aggregation/310_date_agg_per_day_of_week.yml: Date aggregation per day of week")]
    public async Task Date_aggregation_per_day_of_week()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"mappings":{"properties":{"date":{"type":"date"}}}}""")).Expect(200);
        (await os.Put("/test/_doc/1", """{"date":"2009-11-15T14:12:12"}""")).Expect(201);
        (await os.Post("/test/_refresh")).Expect(200);
        (await os.Post("/test/_search?rest_total_hits_as_int=true", """{"aggregations":{"test":{"date_histogram":{"field":"date","calendar_interval":"day","format":"e","offset":0}}}}"""))
            .Match("hits.total", 1).Length("aggregations.test.buckets", 1).Match("aggregations.test.buckets.0.key_as_string", "7");
    }

    private static async Task<YamlCluster> CardinalityIndex()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"number_of_replicas":0},"mappings":{"properties":{"int_field":{"type":"integer"},"double_field":{"type":"double"},"string_field":{"type":"keyword"}}}}""")).Expect(200);
        (await os.Bulk("/_bulk?refresh=true",
            """{"index":{"_index":"test_1","_id":"1"}}""", """{"int_field":1,"double_field":1.0,"string_field":"foo"}""",
            """{"index":{"_index":"test_1","_id":"2"}}""", """{"int_field":51,"double_field":51.0,"string_field":"foo"}""",
            """{"index":{"_index":"test_1","_id":"3"}}""", """{"int_field":101,"double_field":101.0,"string_field":"foo"}""",
            """{"index":{"_index":"test_1","_id":"4"}}""", """{"int_field":151,"double_field":151.0,"string_field":"foo"}""")).Match("errors", false);
        return os;
    }

    private static async Task<YamlCluster> FilterIndex()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"settings":{"number_of_shards":1,"number_of_replicas":0},"mappings":{"properties":{"mentions":{"type":"keyword"},"notifications":{"type":"keyword"}}}}""")).Expect(200);
        (await os.Put("/test/_doc/foo|bar|baz0", """{"notifications":["abc"]}""")).Expect(201);
        (await os.Put("/test/_doc/foo|bar|baz1", """{"mentions":["abc"]}""")).Expect(201);
        await os.RefreshAll();
        return os;
    }

    private static async Task<YamlCluster> TypedKeysIndex()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"settings":{"number_of_replicas":0},"mappings":{"properties":{"name":{"type":"keyword"},"num":{"type":"integer"},"created":{"type":"date"}}}}""")).Expect(200);
        (await os.Bulk("/test/_bulk?refresh=true",
            """{"index":{}}""", """{"name":"one","num":1,"created":"2010-03-12T01:07:45"}""",
            """{"index":{}}""", """{"name":"two","num":2,"created":"2010-03-12T04:11:00"}""",
            """{"index":{}}""", """{"name":"three","num":3,"created":"2010-04-27T03:43:34"}""")).Match("errors", false);
        return os;
    }
}
