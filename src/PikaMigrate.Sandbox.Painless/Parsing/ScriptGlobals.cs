using System.Collections.ObjectModel;
using PikaMigrate.Sandbox.Painless.Syntax;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Parsing;

/// <summary>
/// The variables an update or update_by_query script sees: <c>ctx</c> and <c>params</c>, both read-only
/// variables in Painless, in the first two slots of every frame.
/// </summary>
internal static class ScriptGlobals
{
    public const string Ctx = "ctx";
    public const string Params = "params";

    public static readonly LocalVariable CtxVariable = new(Ctx, 0, PainlessType.Map, ReadOnly: true);
    public static readonly LocalVariable ParamsVariable = new(Params, 1, PainlessType.Map, ReadOnly: true);

    public static int Count => 2;

    private static readonly IReadOnlyDictionary<string, object?> NoParams =
        new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>());

    /// <summary>
    /// OpenSearch hands scripts an unmodifiable view of the request's params; writes to it fail at run time
    /// with <c>unsupported_operation_exception</c>. Missing params are an empty map, as in OpenSearch.
    /// </summary>
    public static object? ReadOnlyParams(object? value) => value switch
    {
        null => NoParams,
        Dictionary<string, object?> map => new ReadOnlyDictionary<string, object?>(map),
        _ => value,
    };
}
