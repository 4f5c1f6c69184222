using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

/// <summary>Runtime failures carry what OpenSearch prints: caused_by, position and script_stack.</summary>
public sealed class RuntimeErrorTests
{
    [Fact]
    public void Script_stack_shows_the_failing_statement_and_points_at_the_failing_node()
    {
        const string Script = "ctx._source.ok = 1; ctx._source.a.b = 2; ctx._source.after = 3;";

        var error = RuntimeError(Script);

        Assert.Equal(33, error.Offset);
        Assert.Equal(20, error.Start);
        Assert.Equal(41, error.End);
        Assert.Equal(["ctx._source.a.b = 2; ", "             ^---- HERE"], error.ScriptStack);
    }

    [Fact]
    public void Error_in_a_condition_quotes_up_to_the_first_nested_statement()
    {
        const string Script = "if (ctx._source.a.b == 1) { ctx.op = 'noop' }";

        var error = RuntimeError(Script);

        Assert.Equal(0, error.Start);
        Assert.Equal(28, error.End);
        Assert.Equal("if (ctx._source.a.b == 1) { ", error.ScriptStack[0]);
        Assert.Equal(new string(' ', 17) + "^---- HERE", error.ScriptStack[1]);
    }

    [Fact]
    public void Error_in_the_last_statement_quotes_to_the_end_of_the_script()
    {
        var error = RuntimeError("def x = 1;\nx = ctx._source.m.size()");

        Assert.Equal(11, error.Start);
        Assert.Equal(35, error.End);
        Assert.Equal("x = ctx._source.m.size()", error.ScriptStack[0]);
    }

    [Theory]
    [InlineData("int x = 1 / 0", "arithmetic_exception", "/ by zero")]
    [InlineData("long x = 5L % 0L", "arithmetic_exception", "/ by zero")]
    [InlineData("def l = [1]; l[3] = 1", "index_out_of_bounds_exception", "Index 3 out of bounds for length 1")]
    [InlineData("def l = [1]; def x = l[-2]", "index_out_of_bounds_exception", "Index -1 out of bounds for length 1")]
    [InlineData("def l = [1]; l.get(1)", "index_out_of_bounds_exception", "Index 1 out of bounds for length 1")]
    [InlineData("def x = (String) 1", "class_cast_exception", "class java.lang.Integer cannot be cast to class java.lang.String")]
    [InlineData("int x = 1L", "class_cast_exception", "cannot implicitly cast def [long] to int")]
    [InlineData("def x = (int) 'a'", "class_cast_exception", "cannot explicitly cast def [java.lang.String] to int")]
    [InlineData("if ('yes') { ctx.op = 'noop' }", "class_cast_exception", "cannot cast def [java.lang.String] to boolean")]
    [InlineData("def x = 'a' - 1", "class_cast_exception", "Cannot apply [-] operation to types [java.lang.String] and [java.lang.Integer].")]
    [InlineData("def x = 'a' < 'b'", "class_cast_exception", "Cannot apply [<] operation to types [java.lang.String] and [java.lang.String].")]
    [InlineData("def x = -'a'", "class_cast_exception", "Cannot apply [-] operation to type [java.lang.String].")]
    [InlineData("def s = 'x'; s.foo = 1", "illegal_argument_exception", "dynamic setter [java.lang.String, foo] not found")]
    [InlineData("def x = 'x'.foo", "illegal_argument_exception", "dynamic getter [java.lang.String, foo] not found")]
    [InlineData("def x = [1].foo", "illegal_argument_exception", "Illegal list shortcut value [foo].")]
    [InlineData("def x = 'abc'[0]", "illegal_argument_exception", "Attempting to address a non-array-like type [java.lang.String] as an array.")]
    [InlineData("for (def x : ctx._source) { ctx.op = 'noop' }", "illegal_argument_exception", "Cannot iterate over [java.util.HashMap]")]
    [InlineData("def x = 1; x.size()", "illegal_argument_exception", "dynamic method [java.lang.Integer, size/0] not found")]
    [InlineData("ctx._source.x = ctx._source.missing.length()", "null_pointer_exception", "Cannot invoke \"Object.getClass()\" because \"callArgs[0]\" is null")]
    [InlineData("ctx._source.x = ctx._source.missing + 1", "null_pointer_exception", "Cannot invoke \"Object.getClass()\" because \"left\" is null")]
    [InlineData("ctx._source.x = 1 + ctx._source.missing", "null_pointer_exception", "Cannot invoke \"Object.getClass()\" because \"right\" is null")]
    public void Failures_raise_the_java_exception_painless_raises(string script, string causeType, string causeReason)
    {
        var error = RuntimeError(script);

        Assert.Equal(causeType, error.CauseType);
        Assert.Equal(causeReason, error.CauseReason);
    }

    [Fact]
    public void Division_by_zero_points_at_the_start_of_the_operation()
    {
        var error = RuntimeError("def zero = 0; ctx._source.x = 10 / zero");

        Assert.Equal("arithmetic_exception", error.CauseType);
        Assert.Equal(30, error.Offset);
    }

    [Fact]
    public void Double_division_by_zero_is_not_an_error()
    {
        Assert.Equal(double.PositiveInfinity, Evaluate("1.0 / 0"));
    }

    [Fact]
    public void Method_call_on_null_points_at_the_dot()
    {
        var error = RuntimeError("ctx._source.x = ctx._source.missing.trim()");

        Assert.Equal(35, error.Offset);
    }

    [Fact]
    public void Changes_made_before_the_failure_stay_made()
    {
        var ctx = NewContext();
        var script = PainlessScript.Compile("ctx._source.first = 1; ctx._source.a.b = 2");

        Assert.Throws<PainlessException>(() => script.Execute(Variables(ctx)));

        Assert.Equal(1, ((Dictionary<string, object?>)ctx["_source"]!)["first"]);
    }

    [Fact]
    public void Message_names_the_reason_and_the_cause()
    {
        var error = RuntimeError("int x = 1 / 0");

        Assert.Equal("runtime error: arithmetic_exception: / by zero", error.Message);
    }
}
