namespace PikaMigrate.Analytics.Query;

/// <summary>
/// A field 0.10 indexed as dynamic text and the keyword copy 0.11 filters and aggregates on, with the words the
/// warnings use for the filter and the breakdown (none for user types) that read it.
/// </summary>
internal sealed record AnalyticsTwin(string Source, string Twin, string FilterName, string? BreakdownName)
{
    public static readonly AnalyticsTwin InvocationMode = new("invocation_mode", "invocation_mode_keyword", "invocation-mode filter", "cost by invocation mode");
    public static readonly AnalyticsTwin UserType = new("user_type", "user_type_keyword", "user-type filter", null);
    public static readonly AnalyticsTwin SessionSource = new("source", "source_keyword", "source filter", "cost by source");

    public static readonly IReadOnlyList<AnalyticsTwin> All = [InvocationMode, UserType, SessionSource];
}
