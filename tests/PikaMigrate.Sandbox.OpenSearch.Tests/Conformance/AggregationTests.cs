using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class AggregationTests(EngineFixture engine)
{
    private async Task<string> Sessions()
    {
        var index = engine.NewIndex("aggs");
        await engine.Client.CreateIndex(index, """
            {"properties":{"user_id":{"type":"keyword"},"chat_app_id":{"type":"keyword"},"create_date":{"type":"date"},
             "total_cost":{"type":"double"},"input_tokens":{"type":"long"},"invocation_mode_keyword":{"type":"keyword"},"flagged":{"type":"boolean"}}}
            """);
        await engine.Client.Index(index,
            ("1", new { user_id = "u1", chat_app_id = "a", create_date = "2024-08-12T10:00:00Z", total_cost = 1.5, input_tokens = 10, invocation_mode_keyword = "chat-app", user_type = "internal-user", flagged = true }),
            ("2", new { user_id = "u2", chat_app_id = "a", create_date = "2024-08-12T11:00:00Z", total_cost = 2.0, input_tokens = 20, user_type = "external-user", flagged = false }),
            ("3", new { user_id = "u1", chat_app_id = "b", create_date = "2024-08-14T00:00:00Z", total_cost = 0.5, input_tokens = 30, invocation_mode_keyword = "chat-app", user_type = "external-user" }),
            ("4", new { user_id = "u3", chat_app_id = "c", create_date = "2024-08-15T23:00:00Z", total_cost = 4.0, input_tokens = 40, invocation_mode_keyword = "direct-agent-invoke", user_type = "internal-user" }));
        return index;
    }

    private async Task<EngineResponse> Aggregate(string index, string aggs) =>
        (await engine.Client.Search(index, """{"size":0,"aggs":""" + aggs + "}")).Expect(200);

    [Fact]
    public async Task Terms_counts_orders_truncates_and_buckets_missing()
    {
        var index = await Sessions();
        var response = await Aggregate(index, """{"apps":{"terms":{"field":"chat_app_id","size":2}},"modes":{"terms":{"field":"invocation_mode_keyword","missing":"_undefined"}}}""");
        Assert.Equal("""{"doc_count_error_upper_bound":0,"sum_other_doc_count":1,"buckets":[{"key":"a","doc_count":2},{"key":"b","doc_count":1}]}""", response.Raw("aggregations.apps"));
        Assert.Equal("""[{"key":"chat-app","doc_count":2},{"key":"_undefined","doc_count":1},{"key":"direct-agent-invoke","doc_count":1}]""", response.Raw("aggregations.modes.buckets"));

        var byKey = await Aggregate(index, """{"apps":{"terms":{"field":"chat_app_id","order":{"_key":"desc"}}}}""");
        Assert.Equal("c", byKey.String("aggregations.apps.buckets.0.key"));
        var unmapped = await Aggregate(index, """{"u":{"terms":{"field":"nothing"}},"m":{"terms":{"field":"nothing","missing":"N/A"}}}""");
        Assert.Equal("[]", unmapped.Raw("aggregations.u.buckets"));
        Assert.Equal("""[{"key":"N/A","doc_count":4}]""", unmapped.Raw("aggregations.m.buckets"));
        var booleans = await Aggregate(index, """{"f":{"terms":{"field":"flagged"}}}""");
        Assert.Equal("""[{"key":0,"key_as_string":"false","doc_count":1},{"key":1,"key_as_string":"true","doc_count":1}]""", booleans.Raw("aggregations.f.buckets"));
    }

    [Fact]
    public async Task Terms_ordered_by_a_sub_aggregation_metric()
    {
        var index = await Sessions();
        var response = await Aggregate(index, """
            {"top":{"terms":{"field":"chat_app_id","size":10,"order":{"total_cost":"desc"}},
                    "aggs":{"total_cost":{"sum":{"field":"total_cost"}},"unique_users":{"cardinality":{"field":"user_id"}}}}}
            """);
        Assert.Equal(
            """[{"key":"c","doc_count":1,"total_cost":{"value":4.0},"unique_users":{"value":1}},{"key":"a","doc_count":2,"total_cost":{"value":3.5},"unique_users":{"value":2}},{"key":"b","doc_count":1,"total_cost":{"value":0.5},"unique_users":{"value":1}}]""",
            response.Raw("aggregations.top.buckets"));
    }

    [Fact]
    public async Task Terms_ordered_by_paths_into_single_bucket_and_metric_sub_aggregations()
    {
        var index = await Sessions();
        var byFilterCount = await Aggregate(index, """
            {"apps":{"terms":{"field":"chat_app_id","order":[{"internal.doc_count":"desc"},{"_key":"desc"}]},
                     "aggs":{"internal":{"filter":{"term":{"user_type.keyword":"internal-user"}},"aggs":{"cost":{"sum":{"field":"total_cost"}}}}}}}
            """);
        Assert.Equal(["c", "a", "b"], byFilterCount.Path("aggregations.apps.buckets")!.AsArray().Select(b => b!["key"]!.GetValue<string>()));
        var byNestedMetric = await Aggregate(index, """
            {"apps":{"terms":{"field":"chat_app_id","order":{"internal>cost.value":"asc"}},
                     "aggs":{"internal":{"filter":{"term":{"user_type.keyword":"internal-user"}},"aggs":{"cost":{"sum":{"field":"total_cost"}}}}}}}
            """);
        Assert.Equal(["b", "a", "c"], byNestedMetric.Path("aggregations.apps.buckets")!.AsArray().Select(b => b!["key"]!.GetValue<string>()));
        var byStats = await Aggregate(index, """{"apps":{"terms":{"field":"chat_app_id","order":{"s.max":"desc"}},"aggs":{"s":{"stats":{"field":"input_tokens"}}}}}""");
        Assert.Equal(["c", "b", "a"], byStats.Path("aggregations.apps.buckets")!.AsArray().Select(b => b!["key"]!.GetValue<string>()));
        var byMissingCount = await Aggregate(index, """{"apps":{"terms":{"field":"chat_app_id","order":{"m":"desc"}},"aggs":{"m":{"missing":{"field":"invocation_mode_keyword"}}}}}""");
        Assert.Equal("a", byMissingCount.String("aggregations.apps.buckets.0.key"));
        var histogram = await Aggregate(index, """{"days":{"date_histogram":{"field":"create_date","calendar_interval":"day","min_doc_count":1,"order":{"cost":"desc"}},"aggs":{"cost":{"sum":{"field":"total_cost"}}}}}""");
        Assert.Equal([4.0, 3.5, 0.5], histogram.Path("aggregations.days.buckets")!.AsArray().Select(b => b!["cost"]!["value"]!.GetValue<double>()));
    }

    [Theory]
    [InlineData("""{"nope":"desc"}""", "The provided aggregation [nope] either does not exist, or is a pipeline aggregation and cannot be used to sort the buckets.")]
    [InlineData("""{"internal.value":"desc"}""", "Ordering on a single-bucket aggregation can only be done on its doc_count. Either drop the key (a la \"internal\") or change it to \"doc_count\" (a la \"internal.doc_count\") or \"key\".")]
    [InlineData("""{"cost.avg":"desc"}""", "Ordering on a single-value metrics aggregation can only be done on its value. Either drop the key (a la \"cost\") or change it to \"value\" (a la \"cost.value\")")]
    [InlineData("""{"s":"desc"}""", "When ordering on a multi-value metrics aggregation a metric name must be specified.")]
    [InlineData("""{"s.median":"desc"}""", "Unknown metric name [median] on multi-value metrics aggregation [s]")]
    [InlineData("""{"users":"desc"}""", "Buckets can only be sorted on a sub-aggregator path that is built out of zero or more single-bucket aggregations within the path and a final single-bucket or a metrics aggregation at the path end.")]
    [InlineData("""{"users>x":"desc"}""", "Buckets can only be sorted on a sub-aggregator path that is built out of zero or more single-bucket aggregations within the path and a final single-bucket or a metrics aggregation at the path end. [users] is not single-bucket.")]
    [InlineData("""{"cost>x":"desc"}""", "Buckets can only be sorted on a sub-aggregator path that is built out of zero or more single-bucket aggregations within the path and a final single-bucket or a metrics aggregation at the path end. [cost] is not single-bucket.")]
    public async Task Bad_order_paths_fail_the_shard_as_OpenSearch_does(string order, string why)
    {
        var index = await Sessions();
        var response = await engine.Client.Search(index, """
            {"size":0,"aggs":{"apps":{"terms":{"field":"chat_app_id","order":ORDER},
              "aggs":{"internal":{"filter":{"term":{"user_type.keyword":"internal-user"}}},"cost":{"sum":{"field":"total_cost"}},"s":{"stats":{"field":"input_tokens"}},
                      "users":{"terms":{"field":"user_id"}}}}}}
            """.Replace("ORDER", order, StringComparison.Ordinal));

        // AggregationExecutionException has no status of its own: OpenSearch answers 500 with its type and reason.
        Assert.Equal(500, response.Status);
        var path = order[2..order.IndexOf('"', 2)];
        var reason = $"Invalid aggregation order path [{path}]. {why}";
        Assert.Equal("search_phase_execution_exception", response.String("error.type"));
        Assert.Equal("aggregation_execution_exception", response.String("error.root_cause.0.type"));
        Assert.Equal(reason, response.String("error.root_cause.0.reason"));
        Assert.Equal(reason, response.String("error.failed_shards.0.reason.reason"));
        Assert.Equal(why, response.String("error.failed_shards.0.reason.caused_by.reason"));
    }

    [Theory]
    [InlineData("minute")]
    [InlineData("1m")]
    [InlineData("hour")]
    [InlineData("1h")]
    [InlineData("day")]
    [InlineData("1d")]
    [InlineData("week")]
    [InlineData("1w")]
    [InlineData("month")]
    [InlineData("1M")]
    [InlineData("quarter")]
    [InlineData("1q")]
    [InlineData("year")]
    [InlineData("1y")]
    public async Task Calendar_intervals_take_unit_names_and_single_units(string interval)
    {
        var index = await Sessions();
        var response = await Aggregate(index, """{"ts":{"date_histogram":{"field":"create_date","calendar_interval":"INTERVAL","min_doc_count":1}}}""".Replace("INTERVAL", interval, StringComparison.Ordinal));
        Assert.Equal(4, response.Path("aggregations.ts.buckets")!.AsArray().Sum(b => b!["doc_count"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Date_histogram_over_part_of_a_view_then_all_of_it_buckets_every_document()
    {
        // The view keeps roundings per interval as searches ask for them: the second search reads the first's and rounds the rest.
        var index = await Sessions();
        const string Histogram = """{"ts":{"date_histogram":{"field":"create_date","calendar_interval":"day","min_doc_count":1}}}""";
        var part = (await engine.Client.Search(index, """{"size":0,"query":{"term":{"chat_app_id":"a"}},"aggs":""" + Histogram + "}")).Expect(200);
        Assert.Equal("""[{"key_as_string":"2024-08-12T00:00:00.000Z","key":1723420800000,"doc_count":2}]""", part.Raw("aggregations.ts.buckets"));
        var all = await Aggregate(index, Histogram);
        Assert.Equal(
            """[{"key_as_string":"2024-08-12T00:00:00.000Z","key":1723420800000,"doc_count":2},{"key_as_string":"2024-08-14T00:00:00.000Z","key":1723593600000,"doc_count":1},{"key_as_string":"2024-08-15T00:00:00.000Z","key":1723680000000,"doc_count":1}]""",
            all.Raw("aggregations.ts.buckets"));
    }

    [Fact]
    public async Task Date_histogram_formats_days_of_the_week_as_java_time_does()
    {
        var index = await Sessions();
        var response = await Aggregate(index, """{"ts":{"date_histogram":{"field":"create_date","calendar_interval":"day","format":"e EEE","offset":0,"min_doc_count":1}}}""");
        Assert.Equal(["1 Mon", "3 Wed", "4 Thu"], response.Path("aggregations.ts.buckets")!.AsArray().Select(b => b!["key_as_string"]!.GetValue<string>()));
        var bad = await engine.Client.Search(index, """{"size":0,"aggs":{"t":{"terms":{"field":"create_date","format":"yyyy-bb"}}}}""");
        Assert.Equal(400, bad.Status);
        Assert.Equal("Invalid format: [yyyy-bb]: Unknown pattern letter: b", bad.String("error.root_cause.0.reason"));
    }

    [Fact]
    public async Task Metrics_print_java_doubles_and_nulls_without_values()
    {
        var index = await Sessions();
        var response = await Aggregate(index, """
            {"sum":{"sum":{"field":"input_tokens"}},"avg":{"avg":{"field":"total_cost"}},"min":{"min":{"field":"total_cost"}},"max":{"max":{"field":"create_date"}},
             "count":{"value_count":{"field":"user_id"}},"users":{"cardinality":{"field":"user_id"}},
             "none_sum":{"sum":{"field":"nothing"}},"none_avg":{"avg":{"field":"nothing"}}}
            """);
        Assert.Equal("""{"value":100.0}""", response.Raw("aggregations.sum"));
        Assert.Equal("""{"value":2.0}""", response.Raw("aggregations.avg"));
        Assert.Equal("""{"value":0.5}""", response.Raw("aggregations.min"));
        Assert.Equal("""{"value":1.7237628E12,"value_as_string":"2024-08-15T23:00:00.000Z"}""", response.Raw("aggregations.max"));
        Assert.Equal("""{"value":4}""", response.Raw("aggregations.count"));
        Assert.Equal("""{"value":3}""", response.Raw("aggregations.users"));
        Assert.Equal("""{"value":0.0}""", response.Raw("aggregations.none_sum"));
        Assert.Equal("""{"value":null}""", response.Raw("aggregations.none_avg"));
    }

    [Fact]
    public async Task Date_histogram_fills_gaps_to_the_extended_bounds_with_format()
    {
        var index = await Sessions();
        var response = await Aggregate(index, """
            {"ts":{"date_histogram":{"field":"create_date","calendar_interval":"1d","format":"yyyy-MM-dd","min_doc_count":0,
                   "extended_bounds":{"min":"2024-08-11","max":"2024-08-16"}},"aggs":{"cost":{"sum":{"field":"total_cost"}}}}}
            """);
        var buckets = response.Path("aggregations.ts.buckets")!.AsArray();
        Assert.Equal(["2024-08-11", "2024-08-12", "2024-08-13", "2024-08-14", "2024-08-15", "2024-08-16"], buckets.Select(b => b!["key_as_string"]!.GetValue<string>()));
        Assert.Equal("""{"key_as_string":"2024-08-12","key":1723420800000,"doc_count":2,"cost":{"value":3.5}}""", buckets[1]!.ToJsonString());
        Assert.Equal("""{"key_as_string":"2024-08-13","key":1723507200000,"doc_count":0,"cost":{"value":0.0}}""", buckets[2]!.ToJsonString());

        var fixedInterval = await Aggregate(index, """{"ts":{"date_histogram":{"field":"create_date","fixed_interval":"12h","min_doc_count":1}}}""");
        Assert.Equal("2024-08-12T00:00:00.000Z", fixedInterval.String("aggregations.ts.buckets.0.key_as_string"));
        Assert.Equal(3, fixedInterval.Path("aggregations.ts.buckets")!.AsArray().Count);
        var weekly = await Aggregate(index, """{"ts":{"date_histogram":{"field":"create_date","calendar_interval":"week"}}}""");
        Assert.Equal("2024-08-12T00:00:00.000Z", weekly.String("aggregations.ts.buckets.0.key_as_string"));

        (await engine.Client.Search(index, """{"size":0,"aggs":{"ts":{"date_histogram":{"field":"create_date","calendar_interval":"2d"}}}}"""))
            .ExpectError(400, "illegal_argument_exception", "The supplied interval [2d] could not be parsed as a calendar interval.");
        (await engine.Client.Search(index, """{"size":0,"aggs":{"ts":{"date_histogram":{"field":"create_date"}}}}"""))
            .ExpectError(400, "illegal_argument_exception", "Invalid interval specified, must be non-null and non-empty");
    }

    [Fact]
    public async Task Filter_and_filters_with_sub_aggregations()
    {
        var index = await Sessions();
        var response = await Aggregate(index, """
            {"internal":{"filter":{"term":{"user_type.keyword":"internal-user"}},"aggs":{"cost":{"sum":{"field":"total_cost"}}}},
             "named":{"filters":{"filters":{"warns":{"term":{"chat_app_id":"a"}},"errors":{"term":{"chat_app_id":"c"}}},"other_bucket":true}},
             "anonymous":{"filters":{"filters":[{"term":{"chat_app_id":"a"}},{"term":{"chat_app_id":"b"}}]}}}
            """);
        Assert.Equal("""{"doc_count":2,"cost":{"value":5.5}}""", response.Raw("aggregations.internal"));
        Assert.Equal("""{"errors":{"doc_count":1},"warns":{"doc_count":2},"_other_":{"doc_count":1}}""", response.Raw("aggregations.named.buckets"));
        Assert.Equal("""[{"doc_count":2},{"doc_count":1}]""", response.Raw("aggregations.anonymous.buckets"));
    }

    [Fact]
    public async Task Aggregating_or_sorting_on_a_text_field_gives_the_fielddata_error()
    {
        var index = await Sessions();
        const string reason = "Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [user_type] in order to load field data by uninverting the inverted index. Note that this can use significant memory.";
        foreach (var body in new[] { """{"aggs":{"t":{"terms":{"field":"user_type"}}}}""", """{"sort":[{"user_type":"asc"}]}""" })
        {
            var response = await engine.Client.Search(index, body);
            Assert.Equal(400, response.Status);
            Assert.Equal("search_phase_execution_exception", response.String("error.type"));
            Assert.Equal("all shards failed", response.String("error.reason"));
            Assert.Equal("query", response.String("error.phase"));
            Assert.True(response.Path("error.grouped")!.GetValue<bool>());
            Assert.Equal($$$"""[{"type":"illegal_argument_exception","reason":"{{{reason}}}"}]""", response.Raw("error.root_cause"));
            Assert.Equal(index, response.String("error.failed_shards.0.index"));
            Assert.Equal(0, response.Long("error.failed_shards.0.shard"));
            Assert.Equal(reason, response.String("error.failed_shards.0.reason.reason"));
            Assert.Equal(reason, response.String("error.caused_by.reason"));
            Assert.Equal(reason, response.String("error.caused_by.caused_by.reason"));
        }
    }
}
