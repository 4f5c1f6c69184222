using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

public sealed class ExpressionTests
{
    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("20 / 2 / 5", 2)]
    [InlineData("7 % 3", 1)]
    [InlineData("-7 % 3", -1)]
    [InlineData("-(2 + 3)", -5)]
    [InlineData("+4", 4)]
    [InlineData("0x1F", 31)]
    [InlineData("017", 15)]
    [InlineData("-2147483648", int.MinValue)]
    public void Integer_arithmetic_follows_java_precedence(string expression, int expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Theory]
    [InlineData("1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 3", true)]
    [InlineData("1 > 2 || 2 < 1", false)]
    [InlineData("!(1 < 2)", false)]
    [InlineData("true && false || true", true)]
    [InlineData("1 + 1 == 2", true)]
    [InlineData("1 < 2 == true", true)]
    public void Comparisons_and_boolean_operators(string expression, bool expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Fact]
    public void And_and_or_short_circuit()
    {
        // The right-hand sides would fail with a null pointer if they ran.
        Assert.Equal(false, Evaluate("ctx._source.a != null && ctx._source.a.b == 1"));
        Assert.Equal(true, Evaluate("ctx._source.a == null || ctx._source.a.b == 1"));
    }

    [Theory]
    [InlineData("1 < 2 ? 'yes' : 'no'", "yes")]
    [InlineData("1 > 2 ? 'yes' : 1 > 0 ? 'nested' : 'no'", "nested")]
    [InlineData("ctx._source.missing ?: 'fallback'", "fallback")]
    [InlineData("'present' ?: 'fallback'", "present")]
    [InlineData("ctx._source.missing ?: ctx._source.other ?: 'last'", "last")]
    public void Conditional_and_elvis(string expression, string expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Fact]
    public void Elvis_keeps_false_and_zero()
    {
        Assert.Equal(new List<object?> { false, 0 }, Evaluate("[false ?: true, 0 ?: 1]"));
    }

    [Theory]
    [InlineData("'single'", "single")]
    [InlineData("\"double\"", "double")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"'back\\slash'", @"back\slash")]
    [InlineData("'a' + 'b'", "ab")]
    [InlineData("'n=' + 1", "n=1")]
    [InlineData("1 + 2 + 'x'", "3x")]
    [InlineData("'x' + 1 + 2", "x12")]
    [InlineData("'d=' + 1.5 + ',' + 2.0 + ',' + 1e10 + ',' + 0.0001", "d=1.5,2.0,1.0E10,1.0E-4")]
    [InlineData("'' + 10L + true + null", "10truenull")]
    [InlineData("'' + [1, 'a'] + ['k': 2]", "[1, a]{k=2}")]
    public void String_literals_and_concatenation(string expression, string expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Fact]
    public void Literals_have_java_types()
    {
        Assert.Equal(new List<object?> { 1, 1L, 1.5, 2.0, 0.5, 3.0, true, null },
            Evaluate("[1, 1L, 1.5, 2d, 0.5f, 3D, true, null]"));
    }

    [Fact]
    public void List_and_map_initializers_build_json_values()
    {
        var result = (Dictionary<string, object?>)Evaluate("['a': [1, 2], 'b': [:], 'c': [], 'd': ['x': 'y']]")!;

        Assert.Equal(new[] { "a", "b", "c", "d" }, result.Keys);
        Assert.Equal(new List<object?> { 1, 2 }, result["a"]);
        Assert.Empty((Dictionary<string, object?>)result["b"]!);
        Assert.Empty((List<object?>)result["c"]!);
        Assert.Equal("y", ((Dictionary<string, object?>)result["d"]!)["x"]);
    }

    [Fact]
    public void New_creates_empty_or_copied_collections()
    {
        var source = RunOnSource("""
            def m = new HashMap(); m.a = 1;
            def copy = new HashMap(m); copy.b = 2;
            def l = new ArrayList(); l.add(1);
            def lcopy = new ArrayList(l); lcopy.add(2);
            ctx._source.r = [m, copy, l, lcopy];
            """);

        Assert.Equal(
            new List<object?>
            {
                new Dictionary<string, object?> { ["a"] = 1 },
                new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 },
                new List<object?> { 1 },
                new List<object?> { 1, 2 },
            },
            source["r"]);
    }

    [Theory]
    [InlineData("ctx._source.m instanceof Map", true)]
    [InlineData("ctx._source.m instanceof HashMap", true)]
    [InlineData("ctx._source.l instanceof List", true)]
    [InlineData("ctx._source.l instanceof ArrayList", true)]
    [InlineData("ctx._source.s instanceof String", true)]
    [InlineData("ctx._source.i instanceof Integer", true)]
    [InlineData("ctx._source.i instanceof Long", false)]
    [InlineData("ctx._source.g instanceof Long", true)]
    [InlineData("ctx._source.d instanceof Double", true)]
    [InlineData("ctx._source.d instanceof Number", true)]
    [InlineData("ctx._source.s instanceof Number", false)]
    [InlineData("ctx._source.b instanceof Boolean", true)]
    [InlineData("ctx._source.missing instanceof Object", false)]
    [InlineData("ctx._source.s instanceof Map", false)]
    [InlineData("ctx._source.i instanceof def", true)]
    public void Instanceof_checks_the_runtime_type(string expression, bool expected)
    {
        var source = new Dictionary<string, object?>
        {
            ["m"] = new Dictionary<string, object?>(),
            ["l"] = new List<object?>(),
            ["s"] = "text",
            ["i"] = 1,
            ["g"] = 5_000_000_000L,
            ["d"] = 1.5,
            ["b"] = true,
        };

        Assert.Equal(expected, Evaluate(expression, source: source));
    }

    [Theory]
    [InlineData("(int) 3.9", 3)]
    [InlineData("(int) -3.9", -3)]
    [InlineData("(int) 5000000000L", 705032704)]
    [InlineData("(long) 3.9", 3L)]
    [InlineData("(long) 7", 7L)]
    [InlineData("(double) 7", 7.0)]
    [InlineData("(float) 0.1", (double)0.1f)]
    [InlineData("(String) ctx._source.s", "text")]
    [InlineData("(def) 1", 1)]
    [InlineData("(Integer) 2L", 2)]
    public void Casts_convert_like_java(string expression, object expected)
    {
        Assert.Equal(expected, Evaluate(expression, source: new() { ["s"] = "text" }));
    }

    [Fact]
    public void Casting_null_to_a_reference_type_gives_null()
    {
        Assert.Equal(new List<object?> { null, null, null }, Evaluate("[(String) null, (Map) ctx._source.x, (Integer) null]"));
    }

    [Fact]
    public void Increment_and_decrement_return_old_or_new_value()
    {
        Assert.Equal(new List<object?> { 1, 3, 3, 1, 1 }, Evaluate("[i++, ++i, i--, --i, i]", "int i = 1;"));
    }

    [Fact]
    public void Compound_assignments_apply_the_operator()
    {
        Assert.Equal(new List<object?> { 13, 8, 16, 5, 1, "s1" }, Evaluate("[a += 3, a -= 5, a *= 2, a /= 3, a %= 2, s += 1]", "int a = 10; String s = 's';"));
    }

    [Fact]
    public void Assignment_is_an_expression_and_chains_right_to_left()
    {
        var source = RunOnSource("ctx._source.a = ctx._source.b = 5");

        Assert.Equal(5, source["a"]);
        Assert.Equal(5, source["b"]);
    }

    [Fact]
    public void Keywords_are_plain_names_after_a_dot()
    {
        var source = RunOnSource("ctx._source.if = 1; ctx._source.for = ctx._source.if + 1; ctx._source.new = 'n'");

        Assert.Equal(new Dictionary<string, object?> { ["if"] = 1, ["for"] = 2, ["new"] = "n" }, source);
    }
}
