using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

public sealed class EqualityTests
{
    [Theory]
    [InlineData("1 == 1L", true)]
    [InlineData("1 == 1.0", true)]
    [InlineData("2L == 2.0", true)]
    [InlineData("1 != 2", true)]
    [InlineData("'a' == 'a'", true)]
    [InlineData("'a' == 'b'", false)]
    [InlineData("'1' == 1", false)]
    [InlineData("true == true", true)]
    [InlineData("[1, 'x'] == [1, 'x']", true)]
    [InlineData("[1, 2] == [2, 1]", false)]
    [InlineData("['a': 1, 'b': 2] == ['b': 2, 'a': 1]", true)]
    [InlineData("['a': [1]] == ['a': [1]]", true)]
    [InlineData("ctx._source.i == 7", true)]
    [InlineData("ctx._source.s == 'seven'", true)]
    public void Double_equals_uses_equals_and_compares_numbers_numerically(string expression, bool expected)
    {
        Assert.Equal(expected, Evaluate(expression, source: new() { ["i"] = 7, ["s"] = "seven" }));
    }

    [Fact]
    public void Nested_values_compare_with_java_equals_which_is_type_strict()
    {
        // Integer.equals(Long) is false in Java, so [1] does not equal [1L] although 1 == 1L.
        Assert.Equal(new List<object?> { false, false, true },
            Evaluate("[[1] == [1L], 1.equals(1L), 1.equals(1)]"));
    }

    [Fact]
    public void Identity_compares_references_for_maps_and_lists()
    {
        Assert.Equal(new List<object?> { true, false, true, false },
            Evaluate("[m === m, m === copy, m == copy, m !== m]", "def m = ['a': 1]; def copy = ['a': 1];"));
    }

    [Fact]
    public void Identity_compares_strings_and_numbers_by_type_and_value()
    {
        Assert.Equal(new List<object?> { true, false, true, true },
            Evaluate("[1 === 1, 1 === 1L, 'a' === 'a', ctx._source.s === 'x']", source: new() { ["s"] = "x" }));
    }

    [Fact]
    public void Equality_with_null_literal_is_null_safe_in_both_directions()
    {
        Assert.Equal(new List<object?> { true, true, false, true },
            Evaluate("[null == ctx._source.none, ctx._source.none === null, null != ctx._source.none, 0 != null]"));
    }
}
