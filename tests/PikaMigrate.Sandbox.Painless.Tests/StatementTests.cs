using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

public sealed class StatementTests
{
    [Theory]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "many")]
    public void If_else_if_else_picks_the_first_true_branch(int n, string expected)
    {
        var source = RunOnSource("""
            if (ctx._source.n == 1) { ctx._source.r = 'one'; }
            else if (ctx._source.n == 2) { ctx._source.r = 'two'; }
            else { ctx._source.r = 'many'; }
            """, new() { ["n"] = n });

        Assert.Equal(expected, source["r"]);
    }

    [Fact]
    public void If_without_braces_takes_one_statement()
    {
        var source = RunOnSource("if (ctx._source.a == null) ctx._source.a = 1; else ctx._source.a = 2; ctx._source.b = 3");

        Assert.Equal(1, source["a"]);
        Assert.Equal(3, source["b"]);
    }

    [Fact]
    public void Last_semicolon_of_the_script_and_of_a_block_is_optional()
    {
        var source = RunOnSource("if (true == true) { ctx._source.a = 1 } ctx._source.b = 2");

        Assert.Equal(1, source["a"]);
        Assert.Equal(2, source["b"]);
    }

    [Fact]
    public void Declarations_of_every_supported_type_hold_their_values()
    {
        var source = RunOnSource("""
            def d = 'x'; boolean b = true; int i = 1; long l = 2; double dbl = 3; float f = 0.5f;
            String s = 'str'; Map m = [:]; List li = []; Object o = 4;
            ctx._source.all = [d, b, i, l, dbl, f, s, m, li, o];
            """);

        Assert.Equal(new List<object?> { "x", true, 1, 2L, 3.0, 0.5, "str", new Dictionary<string, object?>(), new List<object?>(), 4 },
            source["all"]);
    }

    [Fact]
    public void Uninitialised_locals_hold_their_type_default()
    {
        var source = RunOnSource("int i; long l; double d; boolean b; def x; String s; ctx._source.all = [i, l, d, b, x, s]");

        Assert.Equal(new List<object?> { 0, 0L, 0.0, false, null, null }, source["all"]);
    }

    [Fact]
    public void A_declaration_may_declare_several_variables()
    {
        Assert.Equal(3, Evaluate("a + b", "int a = 1, b = 2;"));
    }

    [Fact]
    public void Typed_locals_widen_values_on_store()
    {
        var source = RunOnSource("long l = 1; double d = 2; l = 3; d = 4L; ctx._source.l = l; ctx._source.d = d");

        Assert.Equal(3L, source["l"]);
        Assert.Equal(4.0, source["d"]);
    }

    [Fact]
    public void Return_ends_the_script_and_a_return_value_is_ignored()
    {
        var ctx = Run("if (ctx._source.stop != null) { ctx.op = 'noop'; return 42; } ctx._source.reached = true", new() { ["stop"] = 1 });

        Assert.Equal("noop", ctx["op"]);
        Assert.False(((Dictionary<string, object?>)ctx["_source"]!).ContainsKey("reached"));
    }

    [Fact]
    public void Return_without_value_works_inside_a_loop()
    {
        Assert.Equal(3, Evaluate("n", "int n = 0; for (def x : [1, 2, 3, 4]) { n = x; if (x == 3) { ctx._source.result = n; return; } }"));
    }

    [Fact]
    public void For_each_with_a_type_iterates_a_list()
    {
        Assert.Equal("abc", Evaluate("s", "String s = ''; for (String part : ['a', 'b', 'c']) { s += part }"));
    }

    [Fact]
    public void For_in_iterates_a_list()
    {
        Assert.Equal(6, Evaluate("sum", "int sum = 0; for (x in [1, 2, 3]) { sum += x }"));
    }

    [Fact]
    public void For_each_iterates_key_set_values_and_entry_set()
    {
        var source = RunOnSource("""
            def m = ['a': 1, 'b': 2];
            String keys = ''; int total = 0; String pairs = '';
            for (def k : m.keySet()) { keys += k }
            for (def v : m.values()) { total += v }
            for (def e : m.entrySet()) { pairs += e.getKey() + '=' + e.getValue() + ';' }
            ctx._source.keys = keys; ctx._source.total = total; ctx._source.pairs = pairs;
            """);

        Assert.Equal("ab", source["keys"]);
        Assert.Equal(3, source["total"]);
        Assert.Equal("a=1;b=2;", source["pairs"]);
    }

    [Fact]
    public void For_each_over_key_set_may_remove_from_the_map()
    {
        var source = RunOnSource("for (def k : ctx._source.keySet()) { if (k.startsWith('tmp_')) { ctx._source.remove(k) } }",
            new() { ["tmp_a"] = 1, ["keep"] = 2, ["tmp_b"] = 3 });

        Assert.Equal(new[] { "keep" }, source.Keys);
    }

    [Fact]
    public void Classic_for_loop_counts()
    {
        Assert.Equal(45, Evaluate("sum", "int sum = 0; for (int i = 0; i < 10; i++) { sum += i }"));
    }

    [Fact]
    public void Classic_for_loop_parts_are_optional()
    {
        Assert.Equal(5, Evaluate("i", "int i = 0; for (;;) { if (++i == 5) { break; } }"));
    }

    [Fact]
    public void While_loop_runs_until_its_condition_is_false()
    {
        Assert.Equal(64, Evaluate("n", "int n = 1; while (n < 50) { n *= 2 }"));
    }

    [Fact]
    public void Do_while_runs_the_body_at_least_once()
    {
        Assert.Equal(1, Evaluate("n", "int n = 0; do { n++ } while (n < 0);"));
    }

    [Fact]
    public void Break_leaves_only_the_innermost_loop()
    {
        Assert.Equal(3, Evaluate("count", """
            int count = 0;
            for (def a : [1, 2, 3]) { for (def b : [1, 2, 3]) { if (b == 2) { break; } count++; } }
            """));
    }

    [Fact]
    public void Continue_skips_to_the_next_iteration()
    {
        Assert.Equal(4, Evaluate("sum", "int sum = 0; for (def x : [1, 2, 3]) { if (x == 2) { continue; } sum += x; }"));
    }

    [Fact]
    public void Variables_declared_in_a_block_are_gone_after_it()
    {
        Assert.Equal(2, Evaluate("x", "if (true != false) { def x = 1; } def x = 2;"));
    }

    [Fact]
    public void Declarations_inside_loops_start_fresh_each_iteration()
    {
        Assert.Equal(new List<object?> { null, null }, Evaluate("seen", "def seen = []; for (def i : [1, 2]) { def v; seen.add(v); v = i; }"));
    }

    [Fact]
    public void Comments_are_ignored()
    {
        Assert.Equal(1, Evaluate("x", "// line comment\n def x = /* block */ 1;"));
    }
}
