using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

public sealed class ParamsTests
{
    private static readonly Dictionary<string, object?> Parameters = new()
    {
        ["field"] = "status",
        ["value"] = "done",
        ["limits"] = new Dictionary<string, object?> { ["max"] = 3 },
    };

    [Fact]
    public void Params_are_read_by_member_brace_and_get()
    {
        var source = RunOnSource("ctx._source.a = params.value; ctx._source.b = params['value']; ctx._source.c = params.get('value'); ctx._source.d = params.limits.max",
            parameters: Parameters);

        Assert.Equal(("done", "done", "done", 3), (source["a"], source["b"], source["c"], source["d"]));
    }

    [Fact]
    public void Missing_params_read_as_null()
    {
        Assert.Equal(new List<object?> { null, false }, Evaluate("[params.nothing, params.containsKey('nothing')]"));
    }

    [Fact]
    public void Params_default_to_an_empty_map()
    {
        var ctx = NewContext();
        PainlessScript.Compile("ctx._source.n = params.size()").Execute(new Dictionary<string, object?> { ["ctx"] = ctx });

        Assert.Equal(0, ((Dictionary<string, object?>)ctx["_source"]!)["n"]);
    }

    [Theory]
    [InlineData("params.x = 1")]
    [InlineData("params['x'] = 1")]
    [InlineData("params.put('x', 1)")]
    [InlineData("params.remove('value')")]
    public void Params_cannot_be_modified(string script)
    {
        var error = RuntimeError(script, parameters: Parameters);

        Assert.Equal("unsupported_operation_exception", error.CauseType);
        Assert.Equal(["field", "value", "limits"], Parameters.Keys);
    }

    [Fact]
    public void Params_print_as_a_map()
    {
        Assert.Equal("{value=done}", RunOnSource("ctx._source.s = '' + params", parameters: new() { ["value"] = "done" })["s"]);
    }
}
