namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>
/// A Java exception raised while a script runs, with the source offset of the failing node. It never leaves the
/// library: <see cref="PainlessScript.Execute"/> turns it into a <see cref="PainlessException"/>.
/// </summary>
internal sealed class ScriptRuntimeException(string causeType, string causeReason, int offset) : Exception(causeReason)
{
    public string CauseType { get; } = causeType;

    public string CauseReason { get; } = causeReason;

    public int Offset { get; } = offset;
}
