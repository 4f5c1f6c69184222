using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

/// <summary>Results must keep Java's types: the engine serialises them into _source as they are.</summary>
public sealed class NumericPromotionTests
{
    [Theory]
    [InlineData("1 + 2", 3)]
    [InlineData("7 / 2", 3)]
    [InlineData("-7 / 2", -3)]
    [InlineData("2147483647 + 1", int.MinValue)]
    [InlineData("-2147483648 / -1", int.MinValue)]
    [InlineData("-2147483648 % -1", 0)]
    public void Int_with_int_stays_int_and_wraps(string expression, int expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Theory]
    [InlineData("1 + 2L", 3L)]
    [InlineData("2L * 3", 6L)]
    [InlineData("9223372036854775807L + 1", long.MinValue)]
    [InlineData("7L / 2", 3L)]
    public void Int_with_long_is_long(string expression, long expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Theory]
    [InlineData("1 + 0.5", 1.5)]
    [InlineData("7 / 2.0", 3.5)]
    [InlineData("2L * 1.5", 3.0)]
    [InlineData("5.5 % 2", 1.5)]
    [InlineData("1 / 0.0", double.PositiveInfinity)]
    public void Anything_with_double_is_double(string expression, double expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Fact]
    public void Json_numbers_from_the_document_promote_the_same_way()
    {
        var source = RunOnSource("""
            ctx._source.a = ctx._source.i + 1;
            ctx._source.b = ctx._source.l + 1;
            ctx._source.c = ctx._source.d + 1;
            ctx._source.e = ctx._source.i * ctx._source.l;
            """, new() { ["i"] = 2, ["l"] = 3_000_000_000L, ["d"] = 0.5 });

        Assert.Equal(3, source["a"]);
        Assert.Equal(3_000_000_001L, source["b"]);
        Assert.Equal(1.5, source["c"]);
        Assert.Equal(6_000_000_000L, source["e"]);
    }

    [Fact]
    public void Compound_assignment_keeps_the_type_the_field_had()
    {
        var source = RunOnSource("ctx._source.i += 1.7; ctx._source.l += 1; ctx._source.d += 1; ctx._source.n++;",
            new() { ["i"] = 1, ["l"] = 1L, ["d"] = 1.0, ["n"] = 41 });

        Assert.Equal(2, source["i"]);
        Assert.Equal(2L, source["l"]);
        Assert.Equal(2.0, source["d"]);
        Assert.Equal(42, source["n"]);
    }

    [Fact]
    public void Compound_assignment_on_a_typed_local_narrows_back()
    {
        Assert.Equal(2, Evaluate("i", "int i = 1; i += 1.9;"));
        Assert.Equal(10L, Evaluate("l", "long l = 5; l *= 2;"));
    }

    [Fact]
    public void Counting_in_a_missing_field_with_elvis_starts_from_zero()
    {
        Assert.Equal(1, RunOnSource("ctx._source.count = (ctx._source.count ?: 0) + 1")["count"]);
    }

    [Fact]
    public void Number_methods_convert()
    {
        Assert.Equal(new List<object?> { 3, 3L, 3.0, 2.0 }, Evaluate("[3.7.intValue(), 3.longValue(), 3.doubleValue(), ctx._source.l.doubleValue()]",
            source: new() { ["l"] = 2L }));
    }
}
