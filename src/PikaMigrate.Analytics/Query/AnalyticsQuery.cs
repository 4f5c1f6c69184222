namespace PikaMigrate.Analytics.Query;

/// <summary>A checked request with Pika's server defaults applied; empty lists filter nothing.</summary>
internal sealed record AnalyticsQuery(
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<string> UserTypes,
    IReadOnlyList<string> InvocationModes,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> ChatAppIds,
    string? EntityAttribute,
    string? EntityId,
    AnalyticsGroupBy GroupBy,
    int Limit)
{
    public string? EntityField => EntityAttribute is null ? null : AnalyticsFields.SessionAttribute(EntityAttribute);

    /// <summary>The twins a filter of this query reads: if one is unusable the figures would be silently wrong.</summary>
    public IEnumerable<AnalyticsTwin> FilteredTwins()
    {
        if (InvocationModes.Count > 0)
        {
            yield return AnalyticsTwin.InvocationMode;
        }

        if (UserTypes.Count > 0)
        {
            yield return AnalyticsTwin.UserType;
        }

        if (Sources.Count > 0)
        {
            yield return AnalyticsTwin.SessionSource;
        }
    }
}
