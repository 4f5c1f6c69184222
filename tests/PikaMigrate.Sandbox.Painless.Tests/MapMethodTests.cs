using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

public sealed class MapMethodTests
{
    private static Dictionary<string, object?> Document() => new() { ["a"] = 1, ["b"] = null, ["nested"] = new Dictionary<string, object?> { ["x"] = "y" } };

    [Fact]
    public void Member_access_reads_and_writes_keys()
    {
        var source = RunOnSource("ctx._source.nested.x = ctx._source.a; ctx._source.added = 'new'", Document());

        Assert.Equal(1, ((Dictionary<string, object?>)source["nested"]!)["x"]);
        Assert.Equal("new", source["added"]);
    }

    [Fact]
    public void Brace_access_reads_and_writes_keys()
    {
        var source = RunOnSource("String k = 'dyn' + 'amic'; ctx._source[k] = ctx._source['a']; ctx._source['nested']['z'] = 2", Document());

        Assert.Equal(1, source["dynamic"]);
        Assert.Equal(2, ((Dictionary<string, object?>)source["nested"]!)["z"]);
    }

    [Fact]
    public void New_keys_keep_insertion_order()
    {
        Assert.Equal(new[] { "a", "b", "nested", "z", "y" }, RunOnSource("ctx._source.z = 1; ctx._source.y = 2", Document()).Keys);
    }

    [Theory]
    [InlineData("ctx._source.containsKey('b')", true)]
    [InlineData("ctx._source.containsKey('zzz')", false)]
    [InlineData("ctx._source.get('a')", 1)]
    [InlineData("ctx._source.getOrDefault('zzz', 'd')", "d")]
    [InlineData("ctx._source.size()", 3)]
    [InlineData("ctx._source.isEmpty()", false)]
    [InlineData("[:].isEmpty()", true)]
    [InlineData("ctx._source.containsValue(1)", true)]
    [InlineData("ctx._source.nested.toString()", "{x=y}")]
    [InlineData("ctx._source.nested.equals(['x': 'y'])", true)]
    public void Query_methods(string expression, object expected)
    {
        Assert.Equal(expected, Evaluate(expression, source: Document()));
    }

    [Fact]
    public void Get_or_default_returns_a_stored_null()
    {
        Assert.Null(Evaluate("ctx._source.getOrDefault('b', 'd')", source: Document()));
    }

    [Fact]
    public void Put_and_remove_return_the_previous_value()
    {
        var source = RunOnSource("ctx._source.p = ctx._source.put('a', 2); ctx._source.r = ctx._source.remove('nested'); ctx._source.none = ctx._source.remove('zzz')", Document());

        Assert.Equal(1, source["p"]);
        Assert.Equal(2, source["a"]);
        Assert.Equal(new Dictionary<string, object?> { ["x"] = "y" }, source["r"]);
        Assert.False(source.ContainsKey("nested"));
        Assert.Null(source["none"]);
    }

    [Fact]
    public void Put_if_absent_put_all_and_clear()
    {
        var source = RunOnSource("""
            def m = ['a': 1];
            m.putIfAbsent('a', 9); m.putIfAbsent('b', 2);
            def n = [:]; n.putAll(m);
            def e = ['x': 1]; e.clear();
            ctx._source.m = m; ctx._source.n = n; ctx._source.e = e;
            """);

        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 }, source["m"]);
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 }, source["n"]);
        Assert.Empty((Dictionary<string, object?>)source["e"]!);
    }

    [Fact]
    public void Key_set_values_and_entry_set_are_lists_of_the_contents()
    {
        var source = RunOnSource("def m = ['a': 1, 'b': 2]; ctx._source.k = m.keySet(); ctx._source.v = m.values(); ctx._source.n = m.entrySet().size();");

        Assert.Equal(new List<object?> { "a", "b" }, source["k"]);
        Assert.Equal(new List<object?> { 1, 2 }, source["v"]);
        Assert.Equal(2, source["n"]);
        Assert.True((bool)Evaluate("m.keySet().contains('a')", "def m = ['a': 1];")!);
    }

    [Fact]
    public void Entry_set_value_writes_through_to_the_map()
    {
        var source = RunOnSource("for (def e : ctx._source.entrySet()) { if (e.getValue() instanceof Integer) { e.setValue(e.getValue() * 10) } }",
            new() { ["a"] = 1, ["b"] = "s" });

        Assert.Equal(10, source["a"]);
        Assert.Equal("s", source["b"]);
    }

    [Fact]
    public void Entry_key_and_value_are_also_getters()
    {
        Assert.Equal("a:1", Evaluate("e.key + ':' + e.value", "def e = ['a': 1].entrySet().get(0);"));
    }

    [Fact]
    public void Empty_resolves_to_the_is_empty_getter_like_painless()
    {
        // Painless links allowlisted getters before map keys, so map.empty is isEmpty(), not get('empty').
        Assert.Equal(false, Evaluate("ctx._source.empty", source: new() { ["empty"] = "value" }));
    }

    [Fact]
    public void Unknown_map_method_fails_at_run_time()
    {
        var error = RuntimeError("ctx._source.frobnicate(1)");

        Assert.Equal("illegal_argument_exception", error.CauseType);
        Assert.Equal("dynamic method [java.util.HashMap, frobnicate/1] not found", error.CauseReason);
    }

    [Fact]
    public void Maps_hold_string_keys_only()
    {
        var error = RuntimeError("def m = [:]; m[1] = 2");

        Assert.Equal("illegal_argument_exception", error.CauseType);
        Assert.Contains("string map keys", error.CauseReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_string_keys_are_simply_absent_on_read()
    {
        Assert.Equal(new List<object?> { null, false }, Evaluate("[m[1], m.containsKey(1)]", "def m = ['1': 'one'];"));
    }
}
