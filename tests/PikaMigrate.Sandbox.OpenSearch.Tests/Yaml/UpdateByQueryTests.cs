using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// OpenSearch's reindex module <c>update_by_query/*.yml</c>, transcribed. Tests the YAML skips on OpenSearch
/// (those for Elasticsearch before 6.7 and 7.3) are left out.
/// </summary>
public sealed class UpdateByQueryTests
{
    private const string Basic = "update_by_query/10_basic.yml: ";
    private const string Validation = "update_by_query/20_validation.yml: ";
    private const string Slices = "update_by_query/70_slices.yml: ";
    private const string Scripting = "update_by_query/80_scripting.yml: ";

    [Fact(DisplayName = Basic + "Basic response")]
    public async Task Basic_response()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test/_doc/1", """{"text":"test"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/test/_update_by_query"))
            .IsFalse("timed_out").Match("updated", 1).Match("version_conflicts", 0).Match("batches", 1).MatchJson("failures", "[]")
            .Match("noops", 0).Match("throttled_millis", 0).Gte("took", 0).IsFalse("created").IsFalse("task").IsFalse("deleted");
    }

    [Fact(DisplayName = Basic + "wait_for_completion=false")]
    public async Task Wait_for_completion_false()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test/_doc/1", """{"text":"test"}""")).Expect(201);
        await os.RefreshAll();
        var started = (await os.Post("/test/_update_by_query?wait_for_completion=false")).Match("task", "/.+:\\d+/");
        foreach (var absent in new[] { "updated", "version_conflicts", "batches", "failures", "noops", "took", "throttled_millis", "created", "deleted" })
        {
            started.IsFalse(absent);
        }

        (await os.Get($"/_tasks/{started.String("task")}?wait_for_completion=true"))
            .IsFalse("node_failures").IsTrue("task").IsFalse("response.timed_out").Match("response.updated", 1).Match("response.version_conflicts", 0)
            .Match("response.batches", 1).MatchJson("response.failures", "[]").Match("response.noops", 0).Match("response.throttled_millis", 0)
            .Gte("response.took", 0).IsFalse("response.created").IsFalse("response.task").IsFalse("response.deleted");
    }

    [Fact(DisplayName = Basic + "Response for version conflict (seq no powered)")]
    public async Task Version_conflict()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"settings":{"index.refresh_interval":-1}}""")).Expect(200);
        (await os.Put("/test/_doc/1", """{"text":"test"}""")).Expect(201);
        await os.RefreshAll();
        // Creates a new version for reindex to miss on scan.
        (await os.Put("/test/_doc/1", """{"text":"test2"}""")).Expect(200);
        (await os.Post("/test/_update_by_query")).Catch("conflict")
            .Match("updated", 0).Match("version_conflicts", 1).Match("batches", 1)
            .Match("failures.0.index", "test").Match("failures.0.id", "1").Match("failures.0.status", 409)
            .Match("failures.0.cause.type", "version_conflict_engine_exception")
            .Match("failures.0.cause.reason", "/\\[1\\]:.version.conflict,.required.seqNo.\\[\\d+\\]/")
            .Match("failures.0.cause.shard", "/\\d+/").Match("failures.0.cause.index", "test").Gte("took", 0);
    }

    [Fact(DisplayName = Basic + "Response for version conflict with conflicts=proceed")]
    public async Task Version_conflict_proceed()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"settings":{"index.refresh_interval":-1}}""")).Expect(200);
        (await os.Put("/test/_doc/1", """{"text":"test"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Put("/test/_doc/1", """{"text":"test2"}""")).Expect(200);
        (await os.Post("/test/_update_by_query?conflicts=proceed"))
            .Match("updated", 0).Match("version_conflicts", 1).Match("batches", 1).Match("noops", 0).MatchJson("failures", "[]")
            .Match("throttled_millis", 0).Gte("took", 0);
    }

    [Fact(DisplayName = Basic + "Limit by query")]
    public async Task Limit_by_query()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/twitter/_doc/1", """{"user":"foobar"}""")).Expect(201);
        (await os.Put("/twitter/_doc/2", """{"user":"junk"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/twitter/_update_by_query", """{"query":{"match":{"user":"foobar"}}}"""))
            .Match("updated", 1).Match("version_conflicts", 0).Match("batches", 1).MatchJson("failures", "[]").Gte("took", 0);
    }

    [Theory(DisplayName = Basic + "Limit by size / max_docs in URL / max_docs in body")]
    [InlineData("?size=1", null)]
    [InlineData("?max_docs=1", null)]
    [InlineData("", """{"max_docs":1,"query":{"match":{"user":"foobar"}}}""")]
    public async Task Limit_by_max_docs(string parameters, string? body)
    {
        // OpenSearch also warns "Deprecated field [size] used, expected [max_docs] instead"; the engine sends no
        // deprecation warnings.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/twitter/_doc/1", """{"user":"foobar"}""")).Expect(201);
        (await os.Put("/twitter/_doc/2", """{"user":"foobar"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/twitter/_update_by_query" + parameters, body))
            .Match("updated", 1).Match("version_conflicts", 0).Match("batches", 1).MatchJson("failures", "[]").Match("throttled_millis", 0).Gte("took", 0);
    }

    [Fact(DisplayName = Basic + "Can override scroll_size")]
    public async Task Can_override_scroll_size()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"settings":{"number_of_shards":1}}""")).Expect(200);
        for (var i = 0; i < 3; i++)
        {
            (await os.Post("/test/_doc", """{"text":"test"}""")).Expect(201);
        }

        await os.RefreshAll();
        (await os.Post("/test/_update_by_query?scroll_size=1")).Match("batches", 3);
    }

    [Fact(DisplayName = Basic + "Source document without any fields works")]
    public async Task Source_without_fields()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test/_doc/1", "{}")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/test/_update_by_query")).Match("updated", 1);
        (await os.Get("/test/_doc/1")).MatchJson("_source", "{}").Match("_version", 2);
    }

    [Theory(DisplayName = Validation + "invalid parameters fail")]
    [InlineData("invalid conflicts fails", "?conflicts=cat", null, "conflicts may only be .* but was \\[cat\\]")]
    [InlineData("invalid size fails", "?size=-4", null, "\\[max_docs\\] parameter cannot be negative, found \\[-4\\]")]
    [InlineData("invalid max_docs in URL fails", "?max_docs=-4", null, "\\[max_docs\\] parameter cannot be negative, found \\[-4\\]")]
    [InlineData("invalid max_docs in body fails", "", """{"max_docs":-4}""", "\\[max_docs\\] parameter cannot be negative, found \\[-4\\]")]
    [InlineData("max_docs shoule be greater than slices", "?max_docs=1&slices=2", null, "\\[max_docs\\] should be >= \\[slices\\]")]
    [InlineData("invalid scroll_size fails", "?scroll_size=asdf", null, "Failed to parse int parameter \\[scroll_size\\] with value \\[asdf\\]")]
    public async Task Invalid_parameters_fail(string name, string parameters, string? body, string error)
    {
        _ = name;
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test/_doc/1", """{"text":"test"}""")).Expect(201);
        (await os.Post("/test/_update_by_query" + parameters, body)).Catch($"/{error}/");
    }

    /// <summary>
    /// The YAML sends these two to <c>delete_by_query</c>, which the engine does not serve; the check belongs to the
    /// parser both by-query APIs share (AbstractBulkByQueryRestHandler), so it is made against update by query.
    /// </summary>
    [Theory(DisplayName = Validation + "inconsistent max_docs and size fails / in body and in URL fails")]
    [InlineData("?size=4&max_docs=5", """{"query":{"match_all":{}}}""")]
    [InlineData("?max_docs=5", """{"max_docs":4,"query":{"match_all":{}}}""")]
    public async Task Inconsistent_max_docs_fails(string parameters, string body)
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test/_doc/1", """{"text":"test"}""")).Expect(201);
        (await os.Post("/test/_update_by_query" + parameters, body)).Catch("/\\[max_docs\\] set to two different values \\[(4\\] and \\[5|5\\] and \\[4)\\]/");
    }

    [Fact(DisplayName = Validation + "update_by_query without source gives useful error message")]
    public async Task Without_source()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"mappings":{"_source":{"enabled":false}}}"""))
            .Catch("bad_request").Match("error.caused_by.reason", "the pika-migrate sandbox engine does not support the mapping parameter [_source] with value [{enabled=false}]");
    }

    [Fact(DisplayName = Validation + "source fields may not be modified")]
    public async Task Source_fields_may_not_be_modified()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/test/_update_by_query", """{"stored_fields":["_id"]}""")).Catch("/stored_fields is not supported in this context/");
    }

    [Theory(DisplayName = Validation + "requests_per_second cannot be an empty string / negative / zero / unlimited")]
    [InlineData("")]
    [InlineData("-12")]
    [InlineData("0")]
    public async Task Requests_per_second_invalid(string value)
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post($"/test/_update_by_query?requests_per_second={value}"))
            .Catch("/\\[requests_per_second\\] must be a float greater than 0. Use -1 to disable throttling./");
    }

    [Theory(DisplayName = Validation + "junk in slices fails / zero slices fails")]
    [InlineData("junk")]
    [InlineData("0")]
    public async Task Slices_invalid(string value)
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post($"/test/_update_by_query?slices={value}")).Catch("/\\[slices\\] must be a positive integer or the string \"auto\"/");
    }

    [Fact(DisplayName = "update_by_query/40_versioning.yml: update_by_query increments the version number")]
    public async Task Increments_the_version_number()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test/_doc/1", """{"text":"test"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/test/_update_by_query")).Match("updated", 1).Match("version_conflicts", 0);
        (await os.Get("/test/_doc/1")).Match("_version", 2);
    }

    [Fact(DisplayName = "update_by_query/50_consistency.yml: can override wait_for_active_shards")]
    public async Task Can_override_wait_for_active_shards()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"settings":{"number_of_replicas":5}}""")).Expect(200);
        (await os.Put("/test/_doc/1", """{"text":"test"}""")).Expect(201);
        await os.RefreshAll();
        // OpenSearch waits out the timeout for 4 active copies and answers 503 (have 1, needed 4); one node never
        // assigns replicas, so the engine refuses the wait at once.
        (await os.Post("/test/_update_by_query?wait_for_active_shards=4&timeout=1s")).Unsupported("waiting for 4 active shard copies ([wait_for_active_shards]; replicas are never assigned)");
        (await os.Post("/test/_update_by_query?wait_for_active_shards=1")).MatchJson("failures", "[]").Match("updated", 1).Match("version_conflicts", 0);
        (await os.Get("/test/_doc/1")).Expect(200);
    }

    [Fact(DisplayName = Slices + "Multiple slices")]
    public async Task Multiple_slices()
    {
        await using var os = await YamlCluster.StartAsync();
        await IndexTexts(os, 4);
        var response = (await os.Post("/test/_update_by_query?slices=5", """{"query":{"match_all":{}}}"""))
            .IsFalse("timed_out").Match("updated", 4).IsFalse("created").Match("version_conflicts", 0).MatchJson("failures", "[]")
            .Match("noops", 0).Match("throttled_millis", 0).Gte("took", 0).IsFalse("task").Length("slices", 5);
        SlicesClean(response, "slices", 5);
    }

    [Fact(DisplayName = Slices + "Multiple slices with wait_for_completion=false")]
    public async Task Multiple_slices_without_waiting()
    {
        await using var os = await YamlCluster.StartAsync();
        await IndexTexts(os, 4);
        var started = (await os.Post("/test/_update_by_query?wait_for_completion=false&slices=5", """{"query":{"match_all":{}}}"""))
            .IsFalse("timed_out").Match("task", "/.+:\\d+/").IsFalse("updated").IsFalse("batches").IsFalse("took");
        ExpectSlicedRun(await os.Get($"/_tasks/{started.String("task")}?wait_for_completion=true"), updated: 4, slices: 5);
        // OpenSearch then finds the parent's result as one document of the .tasks index; the engine keeps finished
        // tasks' results for GET _tasks/<id> only, without a .tasks index.
    }

    [Fact(DisplayName = Slices + "Multiple slices with rethrottle")]
    public async Task Multiple_slices_with_rethrottle()
    {
        await using var os = await YamlCluster.StartAsync();
        await IndexTexts(os, 6);
        // Start the task with a requests_per_second that should make it take a very long time.
        var started = (await os.Post("/test/_update_by_query?wait_for_completion=false&requests_per_second=0.0001&slices=2", """{"query":{"match_all":{}}}"""))
            .IsFalse("timed_out").Match("task", "/.+:\\d+/").IsFalse("updated");
        var task = started.String("task");
        (await os.Post($"/_update_by_query/{task}/_rethrottle?requests_per_second=-1")).Expect(200);
        ExpectSlicedRun(await os.Get($"/_tasks/{task}?wait_for_completion=true"), updated: 6, slices: 2);
    }

    [Fact(DisplayName = Slices + "Multiple slices with auto slice")]
    public async Task Multiple_slices_with_auto_slice()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"settings":{"index":{"number_of_shards":3}}}""")).Expect(200);
        await IndexTexts(os, 4);
        var response = (await os.Post("/test/_update_by_query?slices=auto", """{"query":{"match_all":{}}}"""))
            .IsFalse("timed_out").Match("updated", 4).IsFalse("created").Match("version_conflicts", 0).MatchJson("failures", "[]")
            .Match("noops", 0).Match("throttled_millis", 0).Gte("took", 0).IsFalse("task").Length("slices", 3);
        SlicesClean(response, "slices", 3);
    }

    [Theory(DisplayName = Scripting + "Update a document using update_by_query / using short `script` form")]
    [InlineData("""{"script":{"lang":"painless","source":"ctx._source.user = \"not\" + ctx._source.user"}}""")]
    [InlineData("""{"script":"ctx._source.user = \"not\" + ctx._source.user"}""")]
    public async Task Update_a_document(string body)
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/twitter/_doc/1", """{"user":"foobar"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/twitter/_update_by_query?refresh=true", body)).Match("updated", 1).Match("noops", 0);
        (await os.Post("/twitter/_search?rest_total_hits_as_int=true", """{"query":{"match":{"user":"notfoobar"}}}""")).Match("hits.total", 1);
    }

    [Fact(DisplayName = Scripting + "Noop one doc")]
    public async Task Noop_one_doc()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/twitter/_doc/1", """{"user":"foobar"}""")).Expect(201);
        (await os.Put("/twitter/_doc/2", """{"user":"foo"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/twitter/_update_by_query?refresh=true",
            """{"script":{"lang":"painless","source":"if (ctx._source.user == \"foobar\") {ctx._source.user = \"not\" + ctx._source.user} else {ctx.op = \"noop\"}"}}"""))
            .Match("updated", 1).Match("noops", 1);
        (await os.Post("/twitter/_search?rest_total_hits_as_int=true", """{"query":{"match":{"user":"notfoobar"}}}""")).Match("hits.total", 1);
        (await os.Post("/twitter/_search?rest_total_hits_as_int=true", """{"query":{"match":{"user":"notfoo"}}}""")).Match("hits.total", 0);
    }

    [Fact(DisplayName = Scripting + "Noop all docs")]
    public async Task Noop_all_docs()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/twitter/_doc/1", """{"user":"foobar"}""")).Expect(201);
        (await os.Put("/twitter/_doc/2", """{"user":"foo"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/twitter/_update_by_query?refresh=true", """{"script":{"lang":"painless","source":"ctx.op = \"noop\""}}"""))
            .Match("updated", 0).Match("noops", 2).Match("batches", 1);
    }

    [Theory(DisplayName = Scripting + "Setting bogus context is an error / Can't change _id")]
    [InlineData("ctx.junk = \\\"stuff\\\"", "Invalid fields added to context \\[junk\\]")]
    [InlineData("ctx._id = \\\"stuff\\\"", "Modifying \\[_id\\] not allowed")]
    public async Task Bad_context_changes(string source, string error)
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/twitter/_doc/1", """{"user":"foobar"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/twitter/_update_by_query", $$$"""{"script":{"lang":"painless","source":"{{{source}}}"}}""")).Catch($"/{error}/");
    }

    [Fact(DisplayName = Scripting + "Update all docs with one doc deletion")]
    public async Task One_doc_deletion()
    {
        await using var os = await YamlCluster.StartAsync();
        await IndexLevels(os);
        (await os.Post("/twitter/_update_by_query?refresh=true",
            """{"script":{"lang":"painless","source":"if (ctx._source.level != 11) {ctx._source.last_updated = \"2016-01-02T00:00:00Z\"} else {ctx.op = \"delete\"}"}}"""))
            .Match("updated", 3).Match("deleted", 1).Match("noops", 0);
        (await os.Post("/twitter/_search?rest_total_hits_as_int=true", """{"query":{"match":{"last_updated":"2016-01-02T00:00:00Z"}}}""")).Match("hits.total", 3);
        (await os.Post("/twitter/_search?rest_total_hits_as_int=true", """{"query":{"term":{"level":11}}}""")).Match("hits.total", 0);
        (await os.Get("/twitter/_count")).Match("count", 3);
    }

    [Fact(DisplayName = Scripting + "Update all docs with one deletion and one noop")]
    public async Task One_deletion_and_one_noop()
    {
        await using var os = await YamlCluster.StartAsync();
        await IndexLevels(os);
        const string source = "int choice = ctx._source.level % 3;\nif (choice == 0) {\n  ctx._source.last_updated = \"2016-01-02T00:00:00Z\";\n} else if (choice == 1) {\n  ctx.op = \"noop\";\n} else {\n  ctx.op = \"delete\";\n}\n";
        (await os.Post("/twitter/_update_by_query?refresh=true", new System.Text.Json.Nodes.JsonObject
        {
            ["script"] = new System.Text.Json.Nodes.JsonObject { ["lang"] = "painless", ["source"] = source },
        }.ToJsonString())).Match("updated", 2).Match("deleted", 1).Match("noops", 1);
        (await os.Post("/twitter/_search?rest_total_hits_as_int=true", """{"query":{"match":{"last_updated":"2016-01-02T00:00:00Z"}}}""")).Match("hits.total", 2);
        (await os.Post("/twitter/_search?rest_total_hits_as_int=true", """{"query":{"match":{"last_updated":"2016-01-01T12:10:30Z"}}}""")).Match("hits.total", 1);
        (await os.Post("/twitter/_search?rest_total_hits_as_int=true", """{"query":{"term":{"level":11}}}""")).Match("hits.total", 0);
    }

    [Fact(DisplayName = Scripting + "Set unsupported operation type")]
    public async Task Set_unsupported_operation_type()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/twitter/_doc/1", """{"user":"foobar"}""")).Expect(201);
        (await os.Put("/twitter/_doc/2", """{"user":"foo"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/twitter/_update_by_query?refresh=true",
            """{"script":{"lang":"painless","source":"if (ctx._source.user == \"foobar\") {ctx.op = \"index\"} else {ctx.op = \"junk\"}"}}"""))
            .Catch("bad_request").Match("error.reason", "Operation type [junk] not allowed, only [noop, index, delete] are allowed");
    }

    [Fact(DisplayName = Scripting + "Update all docs with one deletion and one noop using a stored script")]
    public async Task Stored_script()
    {
        await using var os = await YamlCluster.StartAsync();
        await IndexLevels(os);
        (await os.Put("/_scripts/my_update_script", """{"script":{"lang":"painless","source":"ctx.op = 'noop'"}}"""))
            .Catch("bad_request").Match("error", "no handler found for uri [/_scripts/my_update_script] and method [PUT]");
        (await os.Post("/twitter/_update_by_query?refresh=true", """{"script":{"id":"my_update_script"}}""")).Unsupported("stored scripts (script.id)");
    }

    [Fact(DisplayName = Scripting + "Totally broken scripts report the error properly")]
    public async Task Totally_broken_scripts()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/twitter/_doc/1", """{"user":"foobar"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/twitter/_update_by_query?refresh=true", """{"script":{"lang":"painless","source":"syntax errors are fun!"}}"""))
            .Catch("bad_request").Match("error.reason", "compile error");
    }

    [Fact(DisplayName = Scripting + "Script supports sha1() and sha256() method for strings")]
    public async Task Sha1_and_sha256()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/twitter/_doc/1", """{"user":"foobar"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/twitter/_update_by_query?refresh=true",
            """{"script":{"lang":"painless","source":"ctx._source.user_sha1 = ctx._source.user.sha1();ctx._source.user_sha256 = ctx._source.user.sha256()"}}"""))
            .Match("updated", 1).Match("noops", 0);
        (await os.Get("/twitter/_doc/1")).Match("_source.user", "foobar")
            .Match("_source.user_sha1", "8843d7f92416211de9ebb963ff4ce28125932878")
            .Match("_source.user_sha256", "c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2");
    }

    private static async Task IndexTexts(YamlCluster os, int count)
    {
        for (var id = 1; id <= count; id++)
        {
            (await os.Put($"/test/_doc/{id}", """{"text":"test"}""")).Expect(201);
        }

        await os.RefreshAll();
    }

    private static async Task IndexLevels(YamlCluster os)
    {
        for (var level = 9; level <= 12; level++)
        {
            (await os.Put($"/twitter/_doc/{level - 8}", $$"""{"level":{{level}},"last_updated":"2016-01-01T12:10:30Z"}""")).Expect(201);
        }

        await os.RefreshAll();
    }

    /// <summary>A finished sliced run as the tasks API stores it: its response and its task's merged status.</summary>
    private static void ExpectSlicedRun(EngineResponse done, int updated, int slices)
    {
        done.IsFalse("node_failures").IsTrue("task").IsFalse("response.task").MatchJson("response.failures", "[]").Gte("response.took", 0);
        foreach (var path in new[] { "response", "task.status" })
        {
            done.Match($"{path}.total", updated).Match($"{path}.updated", updated).Match($"{path}.version_conflicts", 0)
                .Match($"{path}.throttled_millis", 0).Length($"{path}.slices", slices);
            SlicesClean(done, $"{path}.slices", slices);
        }
    }

    private static void SlicesClean(EngineResponse response, string path, int count)
    {
        for (var i = 0; i < count; i++)
        {
            response.Match($"{path}.{i}.version_conflicts", 0).Match($"{path}.{i}.throttled_millis", 0);
        }
    }
}
