namespace PikaMigrate.Sandbox.Painless.Tests;

/// <summary>The scripts the migration actually sends to update_by_query.</summary>
public sealed class KeyScriptTests
{
    /// <summary>The guide's A2 step: copy the three text fields into their keyword twins.</summary>
    private const string CopyScript = """
        if (ctx._source.invocation_mode != null) { ctx._source.invocation_mode_keyword = ctx._source.invocation_mode; }
        if (ctx._source.user_type != null) { ctx._source.user_type_keyword = ctx._source.user_type; }
        if (ctx._source.source != null) { ctx._source.source_keyword = ctx._source.source; }
        """;

    /// <summary>Copies only what differs and reports a noop when nothing changed, so re-runs write nothing.</summary>
    private const string NoopAwareCopyScript = """
        boolean changed = false;
        for (String field : ['invocation_mode', 'user_type', 'source']) {
          def value = ctx._source[field];
          String twin = field + '_keyword';
          if (value != null && ctx._source[twin] != value) {
            ctx._source[twin] = value;
            changed = true;
          }
        }
        if (!changed) { ctx.op = 'noop'; }
        """;

    private const string ParamsScript = "ctx._source[params.target] = ctx._source[params.source]";

    [Fact]
    public void Copy_script_fills_every_keyword_twin()
    {
        var source = ScriptHarness.RunOnSource(CopyScript, new()
        {
            ["invocation_mode"] = "agent",
            ["user_type"] = "internal-user",
            ["source"] = "user",
        });

        Assert.Equal("agent", source["invocation_mode_keyword"]);
        Assert.Equal("internal-user", source["user_type_keyword"]);
        Assert.Equal("user", source["source_keyword"]);
        Assert.Equal(6, source.Count);
    }

    [Fact]
    public void Copy_script_skips_missing_and_null_fields()
    {
        var source = ScriptHarness.RunOnSource(CopyScript, new() { ["invocation_mode"] = "chat", ["user_type"] = null });

        Assert.Equal("chat", source["invocation_mode_keyword"]);
        Assert.False(source.ContainsKey("user_type_keyword"));
        Assert.False(source.ContainsKey("source_keyword"));
    }

    [Fact]
    public void Copy_script_keeps_the_operation_index()
    {
        var ctx = ScriptHarness.Run(CopyScript, new() { ["source"] = "user" });

        Assert.Equal("index", ctx["op"]);
    }

    [Fact]
    public void Noop_aware_copy_writes_the_twins_that_differ()
    {
        var ctx = ScriptHarness.Run(NoopAwareCopyScript, new()
        {
            ["invocation_mode"] = "agent",
            ["invocation_mode_keyword"] = "agent",
            ["user_type"] = "external-user",
            ["user_type_keyword"] = "stale",
        });

        var source = (Dictionary<string, object?>)ctx["_source"]!;
        Assert.Equal("index", ctx["op"]);
        Assert.Equal("external-user", source["user_type_keyword"]);
        Assert.False(source.ContainsKey("source_keyword"));
    }

    [Fact]
    public void Noop_aware_copy_reports_noop_when_everything_is_copied()
    {
        var ctx = ScriptHarness.Run(NoopAwareCopyScript, new()
        {
            ["invocation_mode"] = "agent",
            ["invocation_mode_keyword"] = "agent",
            ["source"] = "user",
            ["source_keyword"] = "user",
        });

        Assert.Equal("noop", ctx["op"]);
    }

    [Fact]
    public void Noop_aware_copy_reports_noop_for_a_document_without_the_fields()
    {
        Assert.Equal("noop", ScriptHarness.Run(NoopAwareCopyScript, new() { ["title"] = "x" })["op"]);
    }

    [Fact]
    public void Params_script_copies_the_named_field()
    {
        var source = ScriptHarness.RunOnSource(ParamsScript,
            new() { ["user_type"] = "internal-user" },
            new() { ["source"] = "user_type", ["target"] = "user_type_keyword" });

        Assert.Equal("internal-user", source["user_type_keyword"]);
    }

    [Fact]
    public void Params_script_copies_null_for_a_missing_source_field()
    {
        var source = ScriptHarness.RunOnSource(ParamsScript, [], new() { ["source"] = "absent", ["target"] = "copy" });

        Assert.True(source.ContainsKey("copy"));
        Assert.Null(source["copy"]);
    }

    [Fact]
    public void One_compiled_script_runs_on_many_documents()
    {
        var script = PainlessScript.Compile(CopyScript);
        var documents = Enumerable.Range(0, 50)
            .Select(i => ScriptHarness.NewContext(new() { ["invocation_mode"] = $"mode-{i}" }))
            .ToList();

        foreach (var ctx in documents)
        {
            script.Execute(ScriptHarness.Variables(ctx));
        }

        Assert.All(documents, ctx =>
        {
            var source = (Dictionary<string, object?>)ctx["_source"]!;
            Assert.Equal(source["invocation_mode"], source["invocation_mode_keyword"]);
        });
    }
}
