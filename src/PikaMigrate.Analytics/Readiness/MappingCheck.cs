using PikaMigrate.Analytics.Query;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.Analytics.Readiness;

/// <summary>
/// Reads the index's mapping for what the analytics needs: each twin mapped as keyword, and the entity attribute.
/// A twin the query filters on (or, for invocation modes, Pika's cost breakdown aggregates on) that is missing or
/// of another type stops the query: OpenSearch would answer zeros or everything as undefined, not an error.
/// </summary>
internal static class MappingCheck
{
    public static IReadOnlyList<TwinReadiness> Twins(IndexMapping mapping) =>
        [.. AnalyticsTwin.All.Select(t => new TwinReadiness(t.Twin, t.Source, mapping.Find(t.Twin)?.TypeName))];

    public static bool IsKeyword(IndexMapping mapping, AnalyticsTwin twin) => mapping.Find(twin.Twin)?.Type == "keyword";

    /// <summary>The field holding the source's exact value: itself when keyword, else its keyword sub-field (dynamic <c>.keyword</c>).</summary>
    public static string? SourceExact(IndexMapping mapping, AnalyticsTwin twin)
    {
        if (mapping.Find(twin.Source) is not { } source)
        {
            return null;
        }

        if (source.Type == "keyword")
        {
            return twin.Source;
        }

        return source.Fields.Where(f => f.Value.Type == "keyword").Select(f => $"{twin.Source}.{f.Key}").FirstOrDefault();
    }

    public static IReadOnlyList<AnalyticsWarning> ForQuery(AnalyticsQuery query, IndexMapping mapping, string index)
    {
        var filtered = query.FilteredTwins().ToHashSet();
        var warnings = new List<AnalyticsWarning>();
        foreach (var twin in AnalyticsTwin.All)
        {
            var used = filtered.Contains(twin) || twin.BreakdownName is not null;
            if (used && Unusable(twin, mapping, index, blocking: filtered.Contains(twin) || twin == AnalyticsTwin.InvocationMode) is { } warning)
            {
                warnings.Add(warning);
            }
        }

        if (query.EntityAttribute is { } attribute && mapping.Find(AnalyticsFields.SessionAttribute(attribute)) is null)
        {
            warnings.Add(new AnalyticsWarning
            {
                Kind = AnalyticsWarningKind.EntityAttributeNotMapped,
                Field = AnalyticsFields.SessionAttribute(attribute),
                Blocking = false,
                Message = Remedies.EntityAttributeNotMapped(attribute, index),
            });
        }

        return warnings;
    }

    /// <summary>Over the whole index: every twin that is not a keyword field; the default request needs the mode and user-type twins.</summary>
    public static IReadOnlyList<AnalyticsWarning> ForIndex(IndexMapping mapping, string index) =>
        [.. AnalyticsTwin.All.Select(t => Unusable(t, mapping, index, blocking: t != AnalyticsTwin.SessionSource)).OfType<AnalyticsWarning>()];

    /// <param name="blocking">The query needs it; otherwise only its breakdown is left out.</param>
    private static AnalyticsWarning? Unusable(AnalyticsTwin twin, IndexMapping mapping, string index, bool blocking)
    {
        var effect = Remedies.Effect(twin, blocking);
        return mapping.Find(twin.Twin) switch
        {
            null => new AnalyticsWarning
            {
                Kind = AnalyticsWarningKind.TwinNotMapped,
                Field = twin.Twin,
                Blocking = blocking,
                Message = Remedies.TwinNotMapped(twin, index, effect),
                Remedy = Remedies.MappingStep,
            },
            { Type: "keyword" } => null,
            var other => new AnalyticsWarning
            {
                Kind = AnalyticsWarningKind.TwinNotKeyword,
                Field = twin.Twin,
                Blocking = blocking,
                Message = Remedies.TwinNotKeyword(twin, other.TypeName, index, effect),
                Remedy = Remedies.Reindex,
            },
        };
    }
}
