using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

public sealed class NullSafetyTests
{
    [Fact]
    public void Reading_a_missing_field_gives_null_without_error()
    {
        Assert.Null(Evaluate("ctx._source.missing"));
        Assert.Null(Evaluate("ctx._source['missing']"));
        Assert.Null(Evaluate("ctx._source.get('missing')"));
    }

    [Fact]
    public void Null_equals_null_and_nothing_else()
    {
        Assert.Equal(new List<object?> { true, false, false, true, true, false },
            Evaluate("[null == null, ctx._source.a == null, null == ctx._source.a, ctx._source.x == null, ctx._source.a != null, ctx._source.x != null]",
                source: new() { ["a"] = 1 }));
    }

    [Fact]
    public void Null_safe_access_short_circuits_to_null()
    {
        Assert.Equal(new List<object?> { null, null, 5, null },
            Evaluate("[ctx._source.a?.b, ctx._source.a?.size(), ctx._source.m?.v, ctx._source.m?.missing?.deeper]",
                source: new() { ["m"] = new Dictionary<string, object?> { ["v"] = 5 } }));
    }

    [Fact]
    public void Field_access_on_null_is_a_null_pointer_exception()
    {
        var error = RuntimeError("ctx._source.a.b = 1");

        Assert.Equal("null_pointer_exception", error.CauseType);
        Assert.Equal("Cannot invoke \"Object.getClass()\" because \"callArgs[0]\" is null", error.CauseReason);
        Assert.Equal(13, error.Offset);
    }

    [Theory]
    [InlineData("ctx._source.result = ctx._source.a.b")]
    [InlineData("ctx._source.result = ctx._source.a.size()")]
    [InlineData("ctx._source.result = ctx._source.a[0]")]
    [InlineData("ctx._source.result = ctx._source.a + 1")]
    [InlineData("ctx._source.result = ctx._source.a < 1")]
    [InlineData("ctx._source.result = -ctx._source.a")]
    [InlineData("if (ctx._source.a) { ctx._source.result = 1 }")]
    [InlineData("int x = ctx._source.a")]
    [InlineData("for (def x : ctx._source.a) { ctx._source.result = x }")]
    public void Using_null_where_a_value_is_needed_fails(string script)
    {
        Assert.Equal("null_pointer_exception", RuntimeError(script).CauseType);
    }

    [Fact]
    public void Null_is_written_as_a_value()
    {
        var source = RunOnSource("ctx._source.a = null", new() { ["a"] = 1 });

        Assert.True(source.ContainsKey("a"));
        Assert.Null(source["a"]);
    }

    [Fact]
    public void Null_concatenates_as_the_word_null()
    {
        Assert.Equal("x=null", Evaluate("'x=' + ctx._source.a"));
    }
}
