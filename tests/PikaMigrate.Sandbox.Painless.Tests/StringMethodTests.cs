using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

public sealed class StringMethodTests
{
    [Theory]
    [InlineData("s.length()", 11)]
    [InlineData("s.toLowerCase()", " hello, w! ")]
    [InlineData("s.toUpperCase()", " HELLO, W! ")]
    [InlineData("s.trim()", "Hello, W!")]
    [InlineData("s.contains('lo')", true)]
    [InlineData("s.contains('LO')", false)]
    [InlineData("s.startsWith(' He')", true)]
    [InlineData("s.endsWith('! ')", true)]
    [InlineData("s.substring(1)", "Hello, W! ")]
    [InlineData("s.substring(1, 6)", "Hello")]
    [InlineData("s.equals(' Hello, W! ')", true)]
    [InlineData("s.equals(1)", false)]
    [InlineData("'ABC'.equalsIgnoreCase('abc')", true)]
    [InlineData("s.isEmpty()", false)]
    [InlineData("''.isEmpty()", true)]
    [InlineData("s.replace('l', 'L')", " HeLLo, W! ")]
    [InlineData("'ab'.replace('', '-')", "-a-b-")]
    [InlineData("s.indexOf('l')", 3)]
    [InlineData("s.indexOf('q')", -1)]
    [InlineData("s.toString()", " Hello, W! ")]
    [InlineData("'foobar'.sha1()", "8843d7f92416211de9ebb963ff4ce28125932878")]
    [InlineData("'foobar'.sha256()", "c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2")]
    public void String_methods_behave_like_java(string expression, object expected)
    {
        Assert.Equal(expected, Evaluate(expression, "String s = ' Hello, W! ';"));
    }

    [Fact]
    public void Trim_strips_control_characters_like_java()
    {
        Assert.Equal("x", Evaluate("ctx._source.s.trim()", source: new() { ["s"] = "\t\n x \r" }));
    }

    [Fact]
    public void Substring_out_of_range_fails_with_java_bounds_message()
    {
        var error = RuntimeError("'abc'.substring(2, 10)");

        Assert.Equal("string_index_out_of_bounds_exception", error.CauseType);
        Assert.Equal("begin 2, end 10, length 3", error.CauseReason);
    }

    [Fact]
    public void Unknown_string_method_reports_the_dynamic_method()
    {
        var error = RuntimeError("ctx._source.s.foo()", new() { ["s"] = "x" });

        Assert.Equal("illegal_argument_exception", error.CauseType);
        Assert.Equal("dynamic method [java.lang.String, foo/0] not found", error.CauseReason);
    }

    [Fact]
    public void String_argument_of_the_wrong_type_is_a_class_cast()
    {
        Assert.Equal("class_cast_exception", RuntimeError("'abc'.contains(1)").CauseType);
    }
}
