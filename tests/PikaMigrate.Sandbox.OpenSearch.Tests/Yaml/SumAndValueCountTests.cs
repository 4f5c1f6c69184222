namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// OpenSearch's rest-api-spec <c>search.aggregation/130_sum_metric_unsigned.yml</c> and
/// <c>140_value_count_metric_unsigned.yml</c> (OpenSearch's sum and value_count files), transcribed. Their setup maps an
/// <c>unsigned_long</c> field, which the engine refuses; the same facts are checked on the double and keyword fields
/// beside it (a filter on <c>unsigned_field</c> becomes one on <c>double_field</c>, which holds the same values).
/// </summary>
public sealed class SumAndValueCountTests
{
    private const string Sum = "search.aggregation/130_sum_metric_unsigned.yml: ";
    private const string ValueCount = "search.aggregation/140_value_count_metric_unsigned.yml: ";

    [Fact(DisplayName = Sum + "Basic test / Only aggs test / Filtered test")]
    public async Task Sum_tests()
    {
        await using var os = await Setup("10223372036854778000", "1101");
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"aggs":{"the_double_sum":{"sum":{"field":"double_field"}}}}"""))
            .Match("hits.total", 4).Length("hits.hits", 4).Match("aggregations.the_double_sum.value", 10223372036854780000.0);
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"size":0,"aggs":{"the_double_sum":{"sum":{"field":"double_field"}}}}"""))
            .Match("hits.total", 4).Length("hits.hits", 0).Match("aggregations.the_double_sum.value", 10223372036854780000.0);
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"query":{"constant_score":{"filter":{"range":{"double_field":{"gte":50}}}}},"aggs":{"the_double_sum":{"sum":{"field":"double_field"}}}}"""))
            .Match("hits.total", 3).Length("hits.hits", 3).Match("aggregations.the_double_sum.value", 10223372036854780000.0);
    }

    [Theory(DisplayName = Sum + "Missing field with missing param / Missing field without missing param")]
    [InlineData(",\"missing\":1", 4.0)]
    [InlineData("", 0.0)]
    public async Task Sum_missing_field(string missing, double value)
    {
        await using var os = await Setup("10223372036854778000", "1101");
        (await os.Post("/_search?rest_total_hits_as_int=true", "{\"aggs\":{\"the_missing_sum\":{\"sum\":{\"field\":\"foo\"" + missing + "}}}}"))
            .Match("hits.total", 4).Length("hits.hits", 4).Match("aggregations.the_missing_sum.value", value);
    }

    [Fact(DisplayName = Sum + "Metadata test")]
    public async Task Sum_metadata()
    {
        await using var os = await Setup("10223372036854778000", "1101");
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"aggs":{"the_double_sum":{"meta":{"foo":"bar"},"sum":{"field":"double_field"}}}}"""))
            .Match("hits.total", 4).Length("hits.hits", 4).Match("aggregations.the_double_sum.value", 10223372036854780000.0).Match("aggregations.the_double_sum.meta.foo", "bar");
    }

    [Fact(DisplayName = Sum + "setup (unsigned_long)")]
    public async Task Unsigned_long_refused()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"mappings":{"properties":{"unsigned_field":{"type":"unsigned_long"}}}}""")).Catch("bad_request")
            .Match("error.root_cause.0.reason", "the pika-migrate sandbox engine does not support field type [unsigned_long] (field [unsigned_field])");
    }

    [Fact(DisplayName = ValueCount + "Basic test / Only aggs test / Filtered test")]
    public async Task Value_count_tests()
    {
        await using var os = await Setup("10223372036854778000.0", "101");
        const string aggs = """" "aggs":{"the_double_value_count":{"value_count":{"field":"double_field"}},"the_string_value_count":{"value_count":{"field":"string_field"}}}"""";
        (await os.Post("/_search?rest_total_hits_as_int=true", "{" + aggs + "}"))
            .Match("hits.total", 4).Length("hits.hits", 4).Match("aggregations.the_double_value_count.value", 4).Match("aggregations.the_string_value_count.value", 4);
        (await os.Post("/_search?rest_total_hits_as_int=true", "{\"size\":0," + aggs + "}"))
            .Match("hits.total", 4).Length("hits.hits", 0).Match("aggregations.the_double_value_count.value", 4).Match("aggregations.the_string_value_count.value", 4);
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"query":{"constant_score":{"filter":{"range":{"double_field":{"gte":50}}}}},""" + aggs + "}"))
            .Match("hits.total", 3).Length("hits.hits", 3).Match("aggregations.the_double_value_count.value", 3).Match("aggregations.the_string_value_count.value", 3);
    }

    [Fact(DisplayName = ValueCount + "Missing field with missing param / Missing field without missing param / Metadata test")]
    public async Task Value_count_missing_and_metadata()
    {
        await using var os = await Setup("10223372036854778000.0", "101");
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"aggs":{"the_missing_value_count":{"value_count":{"field":"foo","missing":1}}}}"""))
            .Match("hits.total", 4).Length("hits.hits", 4).Match("aggregations.the_missing_value_count.value", 4);
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"aggs":{"the_missing_value_count":{"value_count":{"field":"foo"}}}}"""))
            .Match("hits.total", 4).Length("hits.hits", 4).IsFalse("aggregations.the_missing_value_count.value");
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"aggs":{"the_double_value_count":{"meta":{"foo":"bar"},"value_count":{"field":"double_field"}}}}"""))
            .Match("hits.total", 4).Length("hits.hits", 4).Match("aggregations.the_double_value_count.value", 4).Match("aggregations.the_double_value_count.meta.foo", "bar");
    }

    private static async Task<YamlCluster> Setup(string big, string third)
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"number_of_replicas":0},"mappings":{"properties":{"double_field":{"type":"double"},"string_field":{"type":"keyword"}}}}""")).Expect(200);
        (await os.Bulk("/_bulk?refresh=true",
            """{"index":{"_index":"test_1","_id":"1"}}""", """{"double_field":1.0,"string_field":"foo"}""",
            """{"index":{"_index":"test_1","_id":"2"}}""", """{"double_field":51.0,"string_field":"foo"}""",
            """{"index":{"_index":"test_1","_id":"3"}}""", "{\"double_field\":" + third + ".0,\"string_field\":\"foo\"}",
            """{"index":{"_index":"test_1","_id":"4"}}""", "{\"double_field\":" + big + ",\"string_field\":\"foo\"}")).Match("errors", false);
        return os;
    }
}
