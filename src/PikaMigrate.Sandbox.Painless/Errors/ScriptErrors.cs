namespace PikaMigrate.Sandbox.Painless.Errors;

/// <summary>
/// Builds <see cref="PainlessException"/>s with the <c>script_stack</c> and <c>position</c> OpenSearch prints.
/// Compile errors show 25 characters either side of the offset; runtime errors show the statement that failed,
/// from its start to the start of the next statement.
/// </summary>
internal static class ScriptErrors
{
    private const int CompileContext = 25;
    private const string Marker = "^---- HERE";

    public static PainlessException Compile(string source, int offset, string causeType, string causeReason)
    {
        var start = Math.Max(0, offset - CompileContext);
        var end = Math.Min(source.Length, offset + CompileContext);
        var prefix = start > 0 ? "... " : "";
        var suffix = end < source.Length ? " ..." : "";
        var snippet = prefix + source[start..end] + suffix;
        var pointer = new string(' ', prefix.Length + (offset - start)) + Marker;
        return new PainlessException(PainlessErrorKind.Compile, [snippet, pointer], offset, start, end, causeType, causeReason);
    }

    /// <param name="statementStarts">Ascending source offsets where statements start.</param>
    public static PainlessException Runtime(
        string source, IReadOnlyList<int> statementStarts, int offset, string causeType, string causeReason)
    {
        var start = PreviousStatementStart(statementStarts, offset);
        var end = NextStatementStart(statementStarts, start) ?? source.Length;
        var pointer = new string(' ', Math.Max(0, offset - start)) + Marker;
        return new PainlessException(
            PainlessErrorKind.Runtime, [source[start..end], pointer], offset, start, end, causeType, causeReason);
    }

    private static int PreviousStatementStart(IReadOnlyList<int> starts, int offset)
    {
        var found = 0;
        foreach (var start in starts)
        {
            if (start > offset)
            {
                break;
            }

            found = start;
        }

        return found;
    }

    private static int? NextStatementStart(IReadOnlyList<int> starts, int start)
    {
        foreach (var candidate in starts)
        {
            if (candidate > start)
            {
                return candidate;
            }
        }

        return null;
    }
}
