using PikaMigrate.Sandbox.Painless.Errors;
using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Parsing;
using PikaMigrate.Sandbox.Painless.Syntax.Statements;

namespace PikaMigrate.Sandbox.Painless;

/// <summary>
/// A compiled Painless script of the subset OpenSearch users write in <c>_update</c> and
/// <c>_update_by_query</c>. Compile once, then <see cref="Execute"/> per document; a compiled script holds no
/// mutable state, so several threads may execute it at once.
/// </summary>
public sealed class PainlessScript
{
    private readonly BlockStatement _body;
    private readonly int _slotCount;
    private readonly int[] _statementStarts;

    private PainlessScript(string source, ParsedScript parsed)
    {
        Source = source;
        _body = parsed.Body;
        _slotCount = parsed.SlotCount;
        _statementStarts = parsed.StatementStarts;
    }

    /// <summary>The script text as given to <see cref="Compile"/>.</summary>
    public string Source { get; }

    /// <summary>Parses and checks the script.</summary>
    /// <exception cref="PainlessException">With <see cref="PainlessErrorKind.Compile"/> on a syntax or semantic error.</exception>
    public static PainlessScript Compile(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new PainlessScript(source, Parser.Parse(source));
    }

    /// <summary>
    /// Runs the script. It sees <c>ctx</c> and <c>params</c> from <paramref name="variables"/>: ctx should be a
    /// mutable <see cref="Dictionary{TKey,TValue}"/> the script changes in place; params is read-only to the script.
    /// </summary>
    /// <exception cref="PainlessException">With <see cref="PainlessErrorKind.Runtime"/> when the script fails.</exception>
    public void Execute(IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var frame = new Frame(_slotCount);
        frame.Slots[ScriptGlobals.CtxVariable.Slot] = variables.GetValueOrDefault(ScriptGlobals.Ctx);
        frame.Slots[ScriptGlobals.ParamsVariable.Slot] = ScriptGlobals.ReadOnlyParams(variables.GetValueOrDefault(ScriptGlobals.Params));
        try
        {
            _body.Execute(frame);
        }
        catch (ScriptRuntimeException failure)
        {
            throw ScriptErrors.Runtime(Source, _statementStarts, failure.Offset, failure.CauseType, failure.CauseReason);
        }
    }
}
