namespace PikaMigrate.Sandbox.Painless.Tests;

/// <summary>Runs scripts the way the sandbox engine does: against a ctx map holding a document's _source.</summary>
internal static class ScriptHarness
{
    public static Dictionary<string, object?> NewContext(Dictionary<string, object?>? source = null) => new()
    {
        ["_index"] = "session",
        ["_id"] = "1",
        ["_version"] = 1L,
        ["_routing"] = null,
        ["_source"] = source ?? [],
        ["op"] = "index",
    };

    public static IReadOnlyDictionary<string, object?> Variables(
        Dictionary<string, object?> ctx, Dictionary<string, object?>? parameters = null) =>
        new Dictionary<string, object?> { ["ctx"] = ctx, ["params"] = parameters ?? [] };

    /// <summary>Compiles and runs <paramref name="script"/>; returns ctx.</summary>
    public static Dictionary<string, object?> Run(
        string script, Dictionary<string, object?>? source = null, Dictionary<string, object?>? parameters = null)
    {
        var ctx = NewContext(source);
        PainlessScript.Compile(script).Execute(Variables(ctx, parameters));
        return ctx;
    }

    /// <summary>Runs <paramref name="script"/> and returns the document's _source afterwards.</summary>
    public static Dictionary<string, object?> RunOnSource(
        string script, Dictionary<string, object?>? source = null, Dictionary<string, object?>? parameters = null) =>
        (Dictionary<string, object?>)Run(script, source, parameters)["_source"]!;

    /// <summary>The value of <paramref name="expression"/>, evaluated after <paramref name="setup"/> statements.</summary>
    public static object? Evaluate(string expression, string setup = "", Dictionary<string, object?>? source = null) =>
        RunOnSource($"{setup} ctx._source.result = {expression};", source)["result"];

    public static PainlessException RuntimeError(
        string script, Dictionary<string, object?>? source = null, Dictionary<string, object?>? parameters = null)
    {
        var compiled = PainlessScript.Compile(script);
        var error = Assert.Throws<PainlessException>(() => compiled.Execute(Variables(NewContext(source), parameters)));
        Assert.Equal(PainlessErrorKind.Runtime, error.Kind);
        return error;
    }

    public static PainlessException CompileError(string script)
    {
        var error = Assert.Throws<PainlessException>(() => PainlessScript.Compile(script));
        Assert.Equal(PainlessErrorKind.Compile, error.Kind);
        return error;
    }
}
