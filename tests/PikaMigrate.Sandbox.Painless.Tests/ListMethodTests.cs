using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

public sealed class ListMethodTests
{
    [Fact]
    public void Add_appends_and_inserts()
    {
        Assert.Equal(new List<object?> { 0, 1, 2 }, Evaluate("l", "def l = [1]; l.add(2); l.add(0, 0);"));
    }

    [Fact]
    public void Add_all_appends_a_collection()
    {
        Assert.Equal(new List<object?> { 1, 2, 3, 1, 2, 3 }, Evaluate("l", "def l = [1]; l.addAll([2, 3]); l.addAll(l);"));
    }

    [Theory]
    [InlineData("l.size()", 3)]
    [InlineData("l.get(1)", "b")]
    [InlineData("l[0]", "a")]
    [InlineData("l[-1]", "a")]
    [InlineData("l.0", "a")]
    [InlineData("l.contains('b')", true)]
    [InlineData("l.contains('z')", false)]
    [InlineData("l.indexOf('a')", 0)]
    [InlineData("l.lastIndexOf('a')", 2)]
    [InlineData("l.indexOf('z')", -1)]
    [InlineData("l.isEmpty()", false)]
    [InlineData("[].isEmpty()", true)]
    [InlineData("l.length", 3)]
    [InlineData("l.toString()", "[a, b, a]")]
    public void Query_methods(string expression, object expected)
    {
        Assert.Equal(expected, Evaluate(expression, "def l = ['a', 'b', 'a'];"));
    }

    [Fact]
    public void Remove_takes_an_index_and_returns_the_element()
    {
        var source = RunOnSource("def l = ['a', 'b', 'c']; ctx._source.removed = l.remove(1); ctx._source.l = l");

        Assert.Equal("b", source["removed"]);
        Assert.Equal(new List<object?> { "a", "c" }, source["l"]);
    }

    [Fact]
    public void Set_and_index_assignment_replace_elements()
    {
        Assert.Equal(new List<object?> { "x", "y", "z" }, Evaluate("l", "def l = ['a', 'b', 'c']; l.set(0, 'x'); l[1] = 'y'; l[-1] = 'z';"));
    }

    [Fact]
    public void Clear_empties_the_list()
    {
        Assert.Equal(new List<object?>(), Evaluate("l", "def l = [1, 2]; l.clear();"));
    }

    [Fact]
    public void Lists_from_the_document_are_changed_in_place()
    {
        var tags = new List<object?> { "a" };
        RunOnSource("if (!ctx._source.tags.contains('b')) { ctx._source.tags.add('b') }", new() { ["tags"] = tags });

        Assert.Equal(new List<object?> { "a", "b" }, tags);
    }

    [Fact]
    public void Contains_uses_java_equals()
    {
        Assert.Equal(new List<object?> { true, false }, Evaluate("[l.contains(1), l.contains(1L)]", "def l = [1];"));
    }

    [Fact]
    public void Adding_to_a_list_while_iterating_it_fails()
    {
        var error = RuntimeError("def l = [1, 2]; for (def x : l) { l.add(x) }");

        Assert.Equal("concurrent_modification_exception", error.CauseType);
    }

    [Fact]
    public void Remove_with_a_non_int_argument_is_a_class_cast()
    {
        Assert.Equal("class_cast_exception", RuntimeError("def l = ['a']; l.remove('a')").CauseType);
    }
}
