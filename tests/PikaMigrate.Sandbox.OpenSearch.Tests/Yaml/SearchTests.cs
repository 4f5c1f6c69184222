using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// OpenSearch's rest-api-spec <c>search/*.yml</c> for what the tool and the analytics use (defaults, limits, total
/// hits, from/size, numeric sorts, search_after, max_score), transcribed.
/// </summary>
public sealed class SearchTests
{
    private const string Defaults = "search/20_default_values.yml: ";
    private const string Limits = "search/30_limits.yml: ";
    private const string SearchAfter = "search/90_search_after.yml: ";

    [Fact(DisplayName = Defaults + "Basic search")]
    public async Task Basic_search()
    {
        await using var os = await DefaultValues();
        (await os.Post("/_all/_search?rest_total_hits_as_int=true", """{"query":{"match":{"foo":"bar"}}}""")).Match("hits.total", 2);
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"match":{"foo":"bar"}}}"""))
            .Match("hits.total", 1).Match("hits.hits.0._index", "test_1").Match("hits.hits.0._id", "1");
        (await os.Post("/test_2/_search?rest_total_hits_as_int=true", """{"query":{"match":{"foo":"bar"}}}"""))
            .Match("hits.total", 1).Match("hits.hits.0._index", "test_2").Match("hits.hits.0._id", "42");
    }

    [Fact(DisplayName = Defaults + "Search body without query element")]
    public async Task Search_body_without_query_element()
    {
        await using var os = await DefaultValues();
        (await os.Post("/_search?rest_total_hits_as_int=true", """{"match":{"foo":"bar"}}""")).Catch("bad_request");
    }

    [Fact(DisplayName = Defaults + "Search with new response format")]
    public async Task Search_with_new_response_format()
    {
        await using var os = await DefaultValues();
        (await os.Post("/_search", """{"query":{"match_all":{}}}""")).Match("hits.total.value", 2).Match("hits.total.relation", "eq");
    }

    [Fact(DisplayName = Limits + "Request window limits without scroll")]
    public async Task Request_window_limits_without_scroll()
    {
        await using var os = await LimitsIndex();
        (await os.Get("/test_1/_search?rest_total_hits_as_int=true&from=10000")).Catch(
            "/Result window is too large, from \\+ size must be less than or equal to[:] \\[10000\\] but was \\[10010\\]\\. See the scroll api for a more efficient way to request large data sets\\./");
    }

    [Fact(DisplayName = Limits + "Request with negative from value")]
    public async Task Request_with_negative_from_value()
    {
        await using var os = await LimitsIndex();
        (await os.Get("/test_1/_search?rest_total_hits_as_int=true&from=-2")).Catch("/\\[from\\] parameter cannot be negative/");
    }

    [Fact(DisplayName = Limits + "Request window limits with scroll")]
    public async Task Request_window_limits_with_scroll()
    {
        await using var os = await LimitsIndex();
        (await os.Get("/test_1/_search?rest_total_hits_as_int=true&scroll=5m&size=10010")).Unsupported("scroll searches (use search_after)");
    }

    /// <summary>
    /// OpenSearch 2.19 answers 500 (an unhandled Jackson error), 3.1 and later 400 input_coercion_exception; the
    /// engine answers a 400 of its own.
    /// </summary>
    [Fact(DisplayName = Limits + "Request with size exceeding max integer value")]
    public async Task Request_with_size_exceeding_max_integer_value()
    {
        await using var os = await LimitsIndex();
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"match_all":{}},"size":2147483648}"""))
            .Catch("bad_request").Match("error.type", "parsing_exception").Match("error.reason", "[size] must be an integer but was [2147483648]");
    }

    [Theory(DisplayName = Limits + "Rescore window limits / Docvalues_fields size limit / Script_fields size limit")]
    [InlineData("""{"query":{"match_all":{}},"rescore":[{"window_size":10001,"query":{"rescore_query":{"match_all":{}},"query_weight":1,"rescore_query_weight":2}}]}""", "[rescore] in search requests")]
    [InlineData("""{"query":{"match_all":{}},"docvalue_fields":["one","two","three"]}""", "[docvalue_fields] in search requests")]
    [InlineData("""{"query":{"match_all":{}},"script_fields":{"test1":{"script":{"lang":"painless","source":"1;"}},"test2":{"script":{"lang":"painless","source":"1;"}},"test3":{"script":{"lang":"painless","source":"1;"}}}}""", "[script_fields] in search requests")]
    public async Task Unsupported_search_sections(string body, string section)
    {
        await using var os = await LimitsIndex();
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", body)).Unsupported(section);
    }

    [Fact(DisplayName = Limits + "Regexp length limit")]
    public async Task Regexp_length_limit()
    {
        await using var os = await LimitsIndex();
        var regex = "a" + new string('b', 1109);
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", new JsonObject { ["query"] = new JsonObject { ["regexp"] = new JsonObject { ["foo"] = regex } } }.ToJsonString()))
            .Unsupported("the [regexp] query");
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", new JsonObject { ["query"] = new JsonObject { ["query_string"] = new JsonObject { ["query"] = "/" + regex + "/" } } }.ToJsonString()))
            .Unsupported("the [query_string] query");
    }

    [Fact(DisplayName = SearchAfter + "search with search_after parameter")]
    public async Task Search_with_search_after_parameter()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test")).Expect(200);
        (await os.Put("/test/_doc/1", """{"id":1,"foo":"bar","age":18}""")).Expect(201);
        (await os.Put("/test/_doc/42", """{"id":42,"foo":"bar","age":18}""")).Expect(201);
        (await os.Put("/test/_doc/172", """{"id":172,"foo":"bar","age":24}""")).Expect(201);
        (await os.Post("/test/_refresh")).Expect(200);
        const string query = """{"size":1,"query":{"match":{"foo":"bar"}},"sort":[{"age":"desc"},{"id":"desc"}]""";
        (await os.Post("/test/_search?rest_total_hits_as_int=true", query + "}"))
            .Match("hits.total", 3).Length("hits.hits", 1).Match("hits.hits.0._index", "test").Match("hits.hits.0._id", "172").MatchJson("hits.hits.0.sort", "[24,172]");
        (await os.Post("/test/_search?rest_total_hits_as_int=true", query + ""","search_after":[24,172]}"""))
            .Match("hits.total", 3).Length("hits.hits", 1).Match("hits.hits.0._id", "42").MatchJson("hits.hits.0.sort", "[18,42]");
        (await os.Post("/test/_search?rest_total_hits_as_int=true", query + ""","search_after":[18,42]}"""))
            .Match("hits.total", 3).Length("hits.hits", 1).Match("hits.hits.0._id", "1").MatchJson("hits.hits.0.sort", "[18,1]");
        (await os.Post("/test/_search?rest_total_hits_as_int=true", query + ""","search_after":[18,1]}"""))
            .Match("hits.total", 3).Length("hits.hits", 0);
    }

    [Fact(DisplayName = SearchAfter + "date")]
    public async Task Search_after_date()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"mappings":{"properties":{"timestamp":{"type":"date","format":"yyyy-MM-dd HH:mm:ss.SSS"}}}}""")).Expect(200);
        (await os.Bulk("/test/_bulk?refresh=true", """{"index":{}}""", """{"timestamp":"2019-10-21 00:30:04.828"}""", """{"index":{}}""", """{"timestamp":"2019-10-21 08:30:04.828"}""")).Match("errors", false);
        (await os.Post("/test/_search?rest_total_hits_as_int=true", """{"size":1,"sort":[{"timestamp":"desc"}]}"""))
            .Match("hits.total", 2).Length("hits.hits", 1).Match("hits.hits.0._index", "test")
            .Match("hits.hits.0._source.timestamp", "2019-10-21 08:30:04.828").MatchJson("hits.hits.0.sort", "[1571646604828]");
        // search_after with the sort, then with the formatted date
        foreach (var after in new[] { "1571646604828", "\"2019-10-21 08:30:04.828\"" })
        {
            (await os.Post("/test/_search?rest_total_hits_as_int=true", $$"""{"size":1,"sort":[{"timestamp":"desc"}],"search_after":[{{after}}]}"""))
                .Match("hits.total", 2).Length("hits.hits", 1).Match("hits.hits.0._source.timestamp", "2019-10-21 00:30:04.828").MatchJson("hits.hits.0.sort", "[1571617804828]");
        }

        // search_after with the sort with missing: out of min/max so only the missing value qualifies
        (await os.Bulk("/test/_bulk?refresh=true", """{"index":{}}""", """{"timestamp":null}""")).Match("errors", false);
        (await os.Post("/test/_search?rest_total_hits_as_int=true",
            """{"size":5,"sort":[{"timestamp":{"order":"asc","missing":"_last"}}],"search_after":["2021-10-21 08:30:04.828"]}"""))
            .Match("hits.total", 3).Length("hits.hits", 1).Match("hits.hits.0._index", "test").Match("hits.hits.0._source.timestamp", null);
    }

    [Theory(DisplayName = SearchAfter + "date_nanos / unsigned long")]
    [InlineData("""{"type":"date_nanos","format":"yyyy-MM-dd HH:mm:ss.SSSSSS"}""", "date_nanos")]
    [InlineData("""{"type":"unsigned_long"}""", "unsigned_long")]
    public async Task Search_after_unsupported_types(string mapping, string type)
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"mappings":{"properties":{"f":""" + mapping + "}}}")).Catch("bad_request")
            .Match("error.root_cause.0.reason", $"the pika-migrate sandbox engine does not support field type [{type}] (field [f])");
    }

    [Fact(DisplayName = SearchAfter + "half float")]
    public async Task Search_after_half_float()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"mappings":{"properties":{"population":{"type":"half_float"}}}}""")).Expect(200);
        var lines = new List<string>();
        foreach (var value in new[] { "184.4", "194.4", "144.4", "174.4", "164.4" })
        {
            lines.Add("""{"index":{}}""");
            lines.Add($$"""{"population":{{value}}}""");
        }

        (await os.Bulk("/test/_bulk?refresh=true", [.. lines])).Match("errors", false);
        (await os.Post("/test/_search?rest_total_hits_as_int=true", """{"size":3,"sort":[{"population":"desc"}]}"""))
            .Match("hits.total", 5).Length("hits.hits", 3)
            .Match("hits.hits.0._source.population", 194.4).Match("hits.hits.1._source.population", 184.4).Match("hits.hits.2._source.population", 174.4);
        (await os.Post("/test/_search?rest_total_hits_as_int=true", """{"size":3,"sort":[{"population":"asc"}]}"""))
            .Match("hits.total", 5).Length("hits.hits", 3)
            .Match("hits.hits.0._source.population", 144.4).Match("hits.hits.1._source.population", 164.4).Match("hits.hits.2._source.population", 174.4);
        // search_after with the rounded sort values the results show
        (await os.Post("/test/_search?rest_total_hits_as_int=true", """{"size":1,"sort":[{"population":"asc"}],"search_after":[184.375]}"""))
            .Match("hits.total", 5).Length("hits.hits", 1).Match("hits.hits.0._source.population", 194.4);
        (await os.Post("/test/_search?rest_total_hits_as_int=true", """{"size":1,"sort":[{"population":"desc"}],"search_after":[164.375]}"""))
            .Match("hits.total", 5).Length("hits.hits", 1).Match("hits.hits.0._source.population", 144.4);
        (await os.Bulk("/test/_bulk?refresh=true", """{"index":{}}""", """{"population":null}""")).Match("errors", false);
        (await os.Post("/test/_search?rest_total_hits_as_int=true", """{"size":5,"sort":[{"population":{"order":"asc","missing":"_last"}}],"search_after":[200]}"""))
            .Match("hits.total", 6).Length("hits.hits", 1).Match("hits.hits.0._source.population", null);
        (await os.Post("/test/_search?rest_total_hits_as_int=true", """{"size":5,"sort":[{"population":{"order":"desc","missing":"_last"}}],"search_after":[100]}"""))
            .Match("hits.total", 6).Length("hits.hits", 1).Match("hits.hits.0._source.population", null);
    }

    /// <summary>The YAML's mapping also has an <c>unsigned_long</c> field, which the engine refuses; the other types run.</summary>
    [Fact(DisplayName = SearchAfter + "numeric skipping logic with competitive missing value")]
    public async Task Numeric_skipping_logic_with_competitive_missing_value()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"mappings":{"properties":{"unsignedlong":{"type":"unsigned_long"}}}}""")).Catch("bad_request")
            .Match("error.root_cause.0.reason", "the pika-migrate sandbox engine does not support field type [unsigned_long] (field [unsignedlong])");
        string[] fields = ["halffloat", "long", "int", "float", "double"];
        (await os.Put("/test", """{"mappings":{"properties":{"halffloat":{"type":"half_float"},"long":{"type":"long"},"int":{"type":"integer"},"float":{"type":"float"},"double":{"type":"double"}}}}""")).Expect(200);
        var lines = new List<string>();
        for (var id = 1; id <= 24; id++)
        {
            var value = id <= 20 ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null";
            lines.Add("""{"index":{}}""");
            lines.Add($"{{\"id\":{id}," + string.Join(",", fields.Select(f => $"\"{f}\":{value}")) + "}");
        }

        (await os.Bulk("/test/_bulk?refresh=true", [.. lines])).Match("errors", false);
        foreach (var field in fields)
        {
            (await os.Post("/test/_search?rest_total_hits_as_int=true", $$$"""{"size":3,"sort":[{"{{{field}}}":{"order":"asc"}},{"id":{"order":"asc"}}],"search_after":[200,0]}"""))
                .Match("hits.total", 24).Length("hits.hits", 3)
                .Match($"hits.hits.0._source.{field}", null).Match("hits.hits.0._source.id", 21)
                .Match("hits.hits.1._source.id", 22).Match("hits.hits.2._source.id", 23);
            (await os.Post("/test/_search?rest_total_hits_as_int=true", $$$"""{"size":3,"sort":[{"{{{field}}}":{"order":"desc"}},{"id":{"order":"desc"}}],"search_after":[0,25]}"""))
                .Match("hits.total", 24).Length("hits.hits", 3)
                .Match($"hits.hits.0._source.{field}", null).Match("hits.hits.0._source.id", 24)
                .Match("hits.hits.1._source.id", 23).Match("hits.hits.2._source.id", 22);
        }
    }

    [Fact(DisplayName = SearchAfter + "search with null search after value")]
    public async Task Search_with_null_search_after_value()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"mappings":{"properties":{"doc":{"type":"keyword"},"name":{"type":"keyword"}}}}""")).Expect(200);
        (await os.Bulk("/test/_bulk?refresh=true",
            """{"index":{}}""", """{"doc":"doc1","name":"bob"}""", """{"index":{}}""", """{"doc":"doc2","name":null}""", """{"index":{}}""", """{"doc":"doc3","name":null}""")).Match("errors", false);
        (await os.Post("/test/_search?rest_total_hits_as_int=true", """{"size":2,"track_total_hits":false,"sort":[{"name":"desc"},{"doc":"desc"}]}"""))
            .Match("hits.total", -1).Length("hits.hits", 2).Match("hits.hits.0._source.doc", "doc1").Match("hits.hits.1._source.doc", "doc3")
            .MatchJson("hits.hits.1.sort", """[null,"doc3"]""");
        (await os.Post("/test/_search?rest_total_hits_as_int=true", """{"size":1,"track_total_hits":false,"sort":[{"name":"desc"},{"doc":"desc"}],"search_after":[null,"doc3"]}"""))
            .Match("hits.total", -1).Length("hits.hits", 1).Match("hits.hits.0._source.doc", "doc2").MatchJson("hits.hits.0.sort", """[null,"doc2"]""");
    }

    [Fact(DisplayName = "search/220_total_hits_object.yml: hits.total as an object")]
    public async Task Hits_total_as_an_object()
    {
        await using var os = await TotalHits();
        const string query = """{"query":{"match":{"foo":"bar"}}}""";
        (await os.Post("/_all/_search", query)).Match("hits.total.value", 5).Match("hits.total.relation", "eq");
        (await os.Post("/test_1/_search", query)).Match("hits.total.value", 3).Match("hits.total.relation", "eq");
        (await os.Post("/_all/_search?track_total_hits=false", query)).IsFalse("hits.total");
        (await os.Post("/_search?track_total_hits=4", query)).Match("hits.total.value", 4).Match("hits.total.relation", "gte");
        (await os.Post("/_search?size=0&track_total_hits=4", query)).Match("hits.total.value", 4).Match("hits.total.relation", "gte");
        (await os.Post("/_search?size=0&track_total_hits=5", query)).Match("hits.total.value", 5).Match("hits.total.relation", "eq");
        (await os.Post("/test_2/_search?rest_total_hits_as_int=true&track_total_hits=100", query))
            .Catch("/\\[rest_total_hits_as_int\\] cannot be used if the tracking of total hits is not accurate, got 100/");
        (await os.Post("/test_2/_search?rest_total_hits_as_int=true&track_total_hits=-2", query))
            .Catch("/\\[track_total_hits\\] parameter must be positive or equals to -1, got -2/");
    }

    [Fact(DisplayName = "search/220_total_hits_object.yml: track_total_hits with rest_total_hits_as_int")]
    public async Task Track_total_hits_with_rest_total_hits_as_int()
    {
        await using var os = await TotalHits();
        const string query = """{"query":{"match":{"foo":"bar"}}}""";
        (await os.Post("/_all/_search?track_total_hits=false&rest_total_hits_as_int=true", query)).Match("hits.total", -1);
        (await os.Post("/test_2/_search?rest_total_hits_as_int=true", query)).Match("hits.total", 2);
    }

    [Theory(DisplayName = "search/260_sort_double.yml: test sorting against double only fields")]
    [InlineData("max", "desc", "[2,1,4,3]", "[900719925474099.2,900719925474099.1,450359962737049.7,450359962737049.4]")]
    [InlineData("max", "asc", "[3,4,1,2]", "[450359962737049.4,450359962737049.7,900719925474099.1,900719925474099.2]")]
    [InlineData("min", "asc", "[4,1,3,2]", "[-2.0,1.1,3.5,900719925474099.2]")]
    [InlineData("median", "desc", "[2,1,3,4]", "[900719925474099.2,450359962737050.1,4.6,1.95]")]
    [InlineData("avg", "asc", "[4,3,1,2]", "[112589990684262.89,150119987579019.16,450359962737050.1,900719925474099.2]")]
    [InlineData("sum", "desc", "[2,1,3,4]", "[1801439850948198.5,900719925474100.2,450359962737057.5,450359962737051.56]")]
    public async Task Sort_double(string mode, string order, string ids, string sorts)
    {
        await using var os = await YamlCluster.StartAsync();
        (await SortIndex(os, "double_sort", "double", "[900719925474099.1,1.1]", "[900719925474099.2,900719925474099.3]", "[450359962737049.4,3.5,4.6]", "[450359962737049.7,5.8,-1.9,-2.0]"))
            .Match("errors", false);
        await ExpectSorted(os, "double_sort", mode, order, ids, sorts, kept: ["1", "2", "3", "4"]);
    }

    /// <summary>
    /// The engine holds numbers as doubles, so it refuses the YAML's longs that a double cannot hold exactly
    /// (documents 1 and 2) rather than round them; documents 3 and 4 keep their place and sort values.
    /// </summary>
    [Theory(DisplayName = "search/260_sort_long.yml: test sorting against long only fields")]
    [InlineData("max", "desc", "[1,2,4,3]", "[9223372036854775807,922337203685477777,2147483648,2147483647]")]
    [InlineData("max", "asc", "[3,4,2,1]", "[2147483647,2147483648,922337203685477777,9223372036854775807]")]
    [InlineData("min", "desc", "[3,2,1,4]", "[3,2,1,-2]")]
    [InlineData("median", "asc", "[4,3,2,1]", "[2,4,461168601842738880,4611686018427387904]")]
    [InlineData("avg", "desc", "[2,3,4,1]", "[461168601842738880,715827885,536870913,-4611686018427387904]")]
    [InlineData("sum", "asc", "[1,4,3,2]", "[-9223372036854775808,2147483650,2147483654,922337203685477779]")]
    public async Task Sort_long(string mode, string order, string ids, string sorts)
    {
        await using var os = await YamlCluster.StartAsync();
        (await SortIndex(os, "long_sort", "long", "[9223372036854775807,1]", "[922337203685477777,2]", "[2147483647,3,4]", "[2147483648,5,-1,-2]"))
            .Match("errors", true).Match("items.0.index.status", 400).Match("items.1.index.status", 400).Match("items.2.index.status", 201).Match("items.3.index.status", 201)
            .Match("items.1.index.error.reason", "a [long] value a double cannot hold exactly ([922337203685477777] in field [field]; numbers are held as doubles) is not supported by the pika-migrate sandbox engine");
        await ExpectSorted(os, "long_sort", mode, order, ids, sorts, kept: ["3", "4"]);
    }

    /// <summary>The YAML runs on 3.0 and later, whose [from] message adds "found [-5]"; the engine answers as 2.19, the version it reports.</summary>
    [Theory(DisplayName = "search/360_from_and_size.yml: Throws exception if from or size query/request body parameter is negative")]
    [InlineData(true)]
    [InlineData(false)]
    public async Task From_or_size_negative(bool inUrl)
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1")).Expect(200);
        for (var id = 1; id <= 4; id++)
        {
            (await os.Put($"/test_1/_doc/{id}", """{"foo":"bar"}""")).Expect(201);
        }

        (await os.Post("/test_1/_refresh")).Expect(200);
        Task<Infrastructure.EngineResponse> Search(int from, int size) => inUrl
            ? os.Post($"/test_1/_search?from={from}&size={size}", """{"query":{"match":{"foo":"bar"}}}""")
            : os.Post("/test_1/_search", $"{{\"from\":{from},\"size\":{size}," + """ "query":{"match":{"foo":"bar"}}}""");
        (await Search(-5, 10)).Catch("bad_request").Match("error.reason", "[from] parameter cannot be negative");
        (await Search(0, -1)).Catch("/\\[size\\] parameter cannot be negative, found \\[-1\\]/");
        (await Search(0, 10)).Match("hits.total.value", 4);
    }

    /// <summary>
    /// The YAML runs on 3.2 and later, where a primary _score desc sort keeps max_score (1.0); the engine answers as
    /// 2.19, the version it reports, where max_score is null with any sort but a lone _score desc (issue #18714).
    /// </summary>
    [Fact(DisplayName = "search/400_max_score.yml: Test max score with sorting on score firstly")]
    public async Task Max_score_with_sorting_on_score_firstly()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"mappings":{"properties":{"foo":{"type":"keyword"}}}}""")).Expect(200);
        (await os.Bulk("/_bulk?refresh=true", """{"index":{"_index":"test_1"}}""", """{"foo":"bar"}""", """{"index":{"_index":"test_1"}}""", """{"foo":"bar"}""")).Match("errors", false);
        (await os.Post("/test_1/_refresh")).Expect(200);
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"foo":"bar"}},"sort":[{"_score":"desc"},{"_doc":"desc"}]}"""))
            .Match("hits.total", 2).Length("hits.hits", 2).Match("hits.max_score", null);
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"foo":"bar"}},"sort":[{"_score":"desc"}]}"""))
            .Match("hits.total", 2).Length("hits.hits", 2).Match("hits.max_score", 1.0);
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"foo":"bar"}},"sort":[{"_score":"asc"},{"_doc":"desc"}]}"""))
            .Match("hits.total", 2).Length("hits.hits", 2).Match("hits.max_score", null);
    }

    [Fact(DisplayName = "search/400_max_score.yml: Test max score with sorting on score firstly with concurrent segment search enabled")]
    public async Task Max_score_with_concurrent_segment_search()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"mappings":{"properties":{"foo":{"type":"keyword"}}}}""")).Expect(200);
        (await os.Put("/test_1/_settings", """{"index.search.concurrent_segment_search.mode":"all"}"""))
            .Unsupported("the index setting [index.search.concurrent_segment_search.mode]");
    }

    /// <summary>The 260_sort_* setup: a three-shard index with one numeric field, documents 1 to 4 bulk-indexed with a refresh.</summary>
    private static async Task<Infrastructure.EngineResponse> SortIndex(YamlCluster os, string index, string type, params string[] values)
    {
        (await os.Put($"/{index}", "{\"settings\":{\"number_of_shards\":3,\"number_of_replicas\":0},\"mappings\":{\"properties\":{\"field\":{\"type\":\"" + type + "\"}}}}")).Expect(200);
        var lines = new List<string>();
        for (var i = 0; i < values.Length; i++)
        {
            lines.Add($"{{\"index\":{{\"_index\":\"{index}\",\"_id\":\"{i + 1}\"}}}}");
            lines.Add($"{{\"field\":{values[i]}}}");
        }

        return await os.Bulk("/_bulk?refresh=true", [.. lines]);
    }

    /// <summary>The hits in the YAML's order with their sort values, for the documents the engine kept.</summary>
    private static async Task ExpectSorted(YamlCluster os, string index, string mode, string order, string ids, string sorts, string[] kept)
    {
        var response = (await os.Post($"/{index}/_search", $$$"""{"size":5,"sort":[{"field":{"mode":"{{{mode}}}","order":"{{{order}}}"}}]}"""))
            .Match("hits.total.value", kept.Length).Length("hits.hits", kept.Length).Match("hits.hits.0._index", index);
        var expected = JsonNode.Parse(ids)!.AsArray().Zip(JsonNode.Parse(sorts)!.AsArray())
            .Where(e => kept.Contains(e.First!.ToString())).ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            response.Match($"hits.hits.{i}._id", expected[i].First!.ToString()).Match($"hits.hits.{i}.sort", new JsonArray(expected[i].Second!.DeepClone()));
        }
    }

    private static async Task<YamlCluster> DefaultValues()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test_2")).Expect(200);
        (await os.Put("/test_1")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Put("/test_2/_doc/42", """{"foo":"bar"}""")).Expect(201);
        (await os.Post("/test_1,test_2/_refresh")).Expect(200);
        return os;
    }

    /// <summary>
    /// The YAML's setup sets two limits for features the engine refuses (docvalue_fields, script_fields); the engine
    /// refuses the settings too, so the index is created without them.
    /// </summary>
    private static async Task<YamlCluster> LimitsIndex()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"index.max_docvalue_fields_search":2}}""")).Unsupported("the index setting [index.max_docvalue_fields_search]");
        (await os.Put("/test_1", """{"settings":{"index.max_script_fields":2}}""")).Unsupported("the index setting [index.max_script_fields]");
        (await os.Put("/test_1")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        await os.RefreshAll();
        return os;
    }

    private static async Task<YamlCluster> TotalHits()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test_2")).Expect(200);
        (await os.Put("/test_1")).Expect(200);
        foreach (var (index, id, foo) in new[] { ("test_1", 1, "bar"), ("test_1", 3, "baz"), ("test_1", 2, "bar"), ("test_1", 4, "bar"), ("test_2", 42, "bar"), ("test_2", 24, "baz"), ("test_2", 36, "bar") })
        {
            (await os.Put($"/{index}/_doc/{id}", $$"""{"foo":"{{foo}}"}""")).Expect(201);
        }

        (await os.Post("/test_1,test_2/_refresh")).Expect(200);
        return os;
    }
}
