namespace PikaMigrate.Sandbox.Painless;

/// <summary>
/// A script failure with everything OpenSearch prints in its <c>script_exception</c>: the reason
/// (<see cref="Kind"/>), <c>script_stack</c>, <c>position</c> and <c>caused_by</c>.
/// </summary>
public sealed class PainlessException : Exception
{
    internal PainlessException(
        PainlessErrorKind kind,
        IReadOnlyList<string> scriptStack,
        int offset,
        int start,
        int end,
        string causeType,
        string causeReason)
        : base($"{(kind == PainlessErrorKind.Compile ? "compile error" : "runtime error")}: {causeType}: {causeReason}")
    {
        Kind = kind;
        ScriptStack = scriptStack;
        Offset = offset;
        Start = start;
        End = end;
        CauseType = causeType;
        CauseReason = causeReason;
    }

    /// <summary>Maps to the reason <c>compile error</c> or <c>runtime error</c>.</summary>
    public PainlessErrorKind Kind { get; }

    /// <summary><c>script_stack</c>: the source excerpt and a <c>^---- HERE</c> marker line under the failing spot.</summary>
    public IReadOnlyList<string> ScriptStack { get; }

    /// <summary><c>position.offset</c>: where in the source the failure is.</summary>
    public int Offset { get; }

    /// <summary><c>position.start</c>: where the excerpt in <see cref="ScriptStack"/> starts.</summary>
    public int Start { get; }

    /// <summary><c>position.end</c>: where the excerpt in <see cref="ScriptStack"/> ends (exclusive).</summary>
    public int End { get; }

    /// <summary><c>caused_by.type</c>, e.g. <c>null_pointer_exception</c> or <c>illegal_argument_exception</c>.</summary>
    public string CauseType { get; }

    /// <summary><c>caused_by.reason</c>, the Java exception message.</summary>
    public string CauseReason { get; }
}
