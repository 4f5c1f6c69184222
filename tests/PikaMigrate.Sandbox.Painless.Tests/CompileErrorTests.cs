using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

public sealed class CompileErrorTests
{
    [Theory]
    [InlineData("ctx._source.a = x", 16, "cannot resolve symbol [x]")]
    [InlineData("def y = y", 8, "cannot resolve symbol [y]")]
    [InlineData("if (true == true) { def z = 1; } z = 2", 33, "cannot resolve symbol [z]")]
    [InlineData("params = [:]", 0, "invalid assignment: cannot assign a value to read-only variable [params]")]
    [InlineData("ctx = [:]", 0, "invalid assignment: cannot assign a value to read-only variable [ctx]")]
    [InlineData("for (def x : [1]) { x = 2 }", 20, "invalid assignment: cannot assign a value to read-only variable [x]")]
    [InlineData("def a = 1; def a = 2", 15, "variable [a] is already defined")]
    [InlineData("def a = 1; if (a == 1) { def a = 2 }", 29, "variable [a] is already defined")]
    [InlineData("def params = 1", 4, "variable [params] is already defined")]
    [InlineData("ctx._source.a?.b = 1", 0, "invalid assignment: cannot assign a value to null safe operation [?.]")]
    [InlineData("1 = 2", 0, "invalid assignment: cannot assign a value to numeric constant [1]")]
    [InlineData("ctx._source.a + 1", 0, "not a statement: result not used from addition operation [+]")]
    [InlineData("ctx._source.a", 0, "not a statement: result not used from dot operator [.a]")]
    [InlineData("'text';", 0, "not a statement: result not used from string constant [text]")]
    [InlineData("int x = 2147483648", 8, "Invalid int constant [2147483648].")]
    [InlineData("long x = 9223372036854775808L", 9, "Invalid long constant [9223372036854775808L].")]
    [InlineData("foo(1)", 0, "Unknown call [foo] with [1] arguments.")]
    [InlineData("def m = new Map()", 8, "constructor [java.util.Map, <init>/0] not found")]
    [InlineData("def m = new Foo()", 12, "cannot resolve type [Foo]")]
    [InlineData("def b = 1 instanceof Foo", 21, "cannot resolve type [Foo]")]
    public void Semantic_errors_are_compile_errors_at_the_offending_spot(string script, int offset, string reason)
    {
        var error = CompileError(script);

        Assert.Equal("illegal_argument_exception", error.CauseType);
        Assert.Equal(reason, error.CauseReason);
        Assert.Equal(offset, error.Offset);
    }

    [Theory]
    [InlineData("if (ctx._source.a != null) { ctx.op = 'noop'", "unexpected end of script.")]
    [InlineData("ctx.op = 'noop'; }", "invalid sequence of tokens near ['}'].")]
    [InlineData("ctx.op = 'noop' ctx.op = 'index'", "unexpected token ['ctx'] was expecting one of [';'].")]
    [InlineData("ctx.op = 'noop';;", "invalid sequence of tokens near [';'].")]
    [InlineData("{ ctx.op = 'noop' }", "invalid sequence of tokens near ['{'].")]
    [InlineData("ctx.op = #", "unexpected character [#].")]
    [InlineData("ctx.op = 'unterminated", "unexpected character ['unterminated].")]
    [InlineData(@"ctx.op = 'bad\n'", @"unexpected character ['bad\n]. The only valid escape sequences in strings starting with ['] are [\\] and [\'].")]
    [InlineData("if (ctx.op == 'x') ctx.op = 'y' }", "unexpected token ['}'] was expecting one of [';'].")]
    [InlineData("", "invalid function definition: found no statements for function [execute] with [0] parameters")]
    public void Syntax_errors_are_compile_errors(string script, string reason)
    {
        var error = CompileError(script);

        Assert.Equal("illegal_argument_exception", error.CauseType);
        Assert.Equal(reason, error.CauseReason);
    }

    [Theory]
    [InlineData("if (true) { ctx.op = 'noop' }", "extraneous if block")]
    [InlineData("if (ctx.op == 'x') {}", "extraneous if block")]
    [InlineData("if (ctx.op == 'x') { ctx.op = 'a' } else {}", "extraneous else block.")]
    [InlineData("return; ctx.op = 'noop'", "invalid block: unreachable statement")]
    [InlineData("for (def x : [1]) { break; ctx.op = 'noop' }", "invalid block: unreachable statement")]
    [InlineData("break", "invalid break statement: not inside loop")]
    [InlineData("if (ctx.op == 'x') { continue }", "invalid continue statement: not inside loop")]
    [InlineData("for (def x : [1]) { if (x == 1) { continue } }", "extraneous continue statement")]
    [InlineData("while (false) { ctx.op = 'noop' }", "extraneous while loop")]
    [InlineData("while (true);", "no paths escape from while loop")]
    [InlineData("for (def x : [1]) {}", "extraneous foreach loop")]
    [InlineData("for (def x : [1]) { break }", "extraneous foreach loop")]
    [InlineData("for (int i = 0; i < 2; i++) { return }", "extraneous for loop")]
    [InlineData("do {} while (ctx.op == 'x')", "extraneous do-while loop")]
    public void Control_flow_mistakes_are_compile_errors(string script, string reason)
    {
        Assert.Equal(reason, CompileError(script).CauseReason);
    }

    [Theory]
    [InlineData("ctx.op = 1 << 2", "not supported by the sandbox Painless interpreter: the operator [<<]")]
    [InlineData("ctx.op = 1 & 2", "not supported by the sandbox Painless interpreter: the operator [&]")]
    [InlineData("ctx.op = ~1", "not supported by the sandbox Painless interpreter: the operator [~]")]
    [InlineData("def x = 1; x |= 2", "not supported by the sandbox Painless interpreter: the operator [|=]")]
    [InlineData("ctx._source.l.removeIf(x -> x == null)", "not supported by the sandbox Painless interpreter: lambdas and method references")]
    [InlineData("ctx.op = String.valueOf(1)", "not supported by the sandbox Painless interpreter: static access to [String]")]
    [InlineData("ctx._source.m = Math.max(1, 2)", "not supported by the sandbox Painless interpreter: static access to [Math]")]
    [InlineData("int[] a = new int[2]", "not supported by the sandbox Painless interpreter: arrays")]
    [InlineData("short s = 1", "not supported by the sandbox Painless interpreter: the type [short]")]
    [InlineData("ctx.op = /x/.matcher('x')", "not supported by the sandbox Painless interpreter: regexes")]
    [InlineData("try { ctx.op = 'x' } catch (Exception e) { }", "not supported by the sandbox Painless interpreter: [try]")]
    public void Constructs_outside_the_subset_are_compile_errors_that_say_so(string script, string reason)
    {
        Assert.Equal(reason, CompileError(script).CauseReason);
    }

    [Fact]
    public void Absurdly_deep_nesting_is_a_compile_error_rather_than_a_crash()
    {
        var script = "ctx._source.x = " + new string('(', 5_000) + "1" + new string(')', 5_000);

        Assert.Equal("the script nests more than 100 levels deep", CompileError(script).CauseReason);
    }

    [Fact]
    public void Ordinary_nesting_compiles()
    {
        Assert.Equal(1, Evaluate(new string('(', 40) + "1" + new string(')', 40)));
    }

    [Fact]
    public void Script_stack_shows_25_characters_around_the_offset()
    {
        const string Script = "ctx._source.first_field = 1; ctx._source.second_field = unknown_name; ctx._source.third = 3";

        var error = CompileError(Script);

        Assert.Equal(56, error.Offset);
        Assert.Equal(31, error.Start);
        Assert.Equal(81, error.End);
        Assert.Equal(
            ["... x._source.second_field = unknown_name; ctx._source ...", new string(' ', 29) + "^---- HERE"],
            error.ScriptStack);
    }

    [Fact]
    public void Script_stack_of_a_short_script_has_no_ellipses()
    {
        var error = CompileError("x = 1");

        Assert.Equal(["x = 1", "^---- HERE"], error.ScriptStack);
        Assert.Equal((0, 0, 5), (error.Offset, error.Start, error.End));
    }
}
