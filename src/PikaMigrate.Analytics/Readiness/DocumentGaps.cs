using System.Text.Json.Nodes;
using PikaMigrate.Analytics.Query;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.Analytics.Readiness;

/// <summary>
/// Counts, in one search beside the query, the sessions the migration has not reached yet: those holding a field
/// but not its keyword twin (A2), and, when user types are filtered, those without user_type (B1). For each
/// filter on a twin it also counts the sessions the filter leaves out although their source value matches it,
/// and for each breakdown the sessions it shows under <c>_undefined</c> for want of the twin.
/// </summary>
internal sealed class DocumentGaps
{
    private const string Total = "total";
    private const string UnreachedAggregation = "unreached";
    private const string ProbesAggregation = "probes";

    private readonly Dictionary<string, JsonObject> _probes = new(StringComparer.Ordinal);

    /// <summary>What every probe requires (a twin or user_type missing): on a migrated index no document gets as far as the probes.</summary>
    private readonly List<JsonObject> _unreached = [];
    private readonly List<Func<IReadOnlyDictionary<string, long>, AnalyticsWarning?>> _readers = [];
    private readonly JsonObject _scope;

    private DocumentGaps(JsonObject scope) => _scope = scope;

    public SearchRequest Request => new(
        _scope,
        0,
        Aggregations: new JsonObject
        {
            [Total] = new JsonObject { ["value_count"] = new JsonObject { ["field"] = AnalyticsFields.SessionId } },
            [UnreachedAggregation] = new JsonObject
            {
                ["filter"] = Dsl.AnyOf(_unreached),
                ["aggs"] = new JsonObject
                {
                    [ProbesAggregation] = new JsonObject
                    {
                        ["filters"] = new JsonObject { ["filters"] = new JsonObject(_probes.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value.DeepClone()))) },
                    },
                },
            },
        });

    public static DocumentGaps ForQuery(AnalyticsQuery query, IReadOnlyList<AnalyticsFilter> filters, IndexMapping mapping)
    {
        var gaps = new DocumentGaps(filters.Single(f => f.Kind == FilterKind.DateRange).Clause);
        var rest = filters.Where(f => f.Kind != FilterKind.DateRange).ToList();
        var filtered = query.FilteredTwins().ToHashSet();
        var exact = AnalyticsTwin.All.ToDictionary(t => t, t => MappingCheck.SourceExact(mapping, t));

        // What the answer would count once every session holds its twins: each twin filter on the source's own value.
        var complete = rest.Select(f => f.Twin is { } twin && exact[twin] is { } field
            ? f with { Clause = AnalyticsFilters.OnTwin(query, twin, field, twin.Source)! }
            : f).ToList();
        foreach (var twin in AnalyticsTwin.All.Where(t => MappingCheck.IsKeyword(mapping, t) && (filtered.Contains(t) || t.BreakdownName is not null)))
        {
            gaps._readers.Add(gaps.TwinProbes(query, twin, filtered.Contains(twin), rest, complete, exact[twin]));
        }

        if (filtered.Contains(AnalyticsTwin.UserType))
        {
            var scope = complete.Where(f => f.Twin != AnalyticsTwin.UserType).Select(f => f.Clause);
            var absent = gaps.Unreached("user_type.absent", Dsl.Missing(AnalyticsTwin.UserType.Source));
            var leftOut = gaps.Probe("user_type.left_out", Dsl.AllOf([.. scope, Dsl.Missing(AnalyticsTwin.UserType.Source)]));
            gaps._readers.Add(counts => UserTypeMissing(counts, absent, Remedies.RangeScope, counts[leftOut]));
        }

        return gaps;
    }

    /// <summary>Over the whole index: documents without the twins of the fields they hold, and without user_type.</summary>
    public static DocumentGaps ForIndex(IndexMapping mapping)
    {
        var gaps = new DocumentGaps(Dsl.MatchAll());
        foreach (var twin in AnalyticsTwin.All.Where(t => MappingCheck.IsKeyword(mapping, t)))
        {
            var missing = gaps.Unreached($"{twin.Twin}.missing", MissingTwin(twin));
            gaps._readers.Add(counts => counts[missing] == 0
                ? null
                : TwinMissing(twin, counts[missing], counts[Total], Remedies.IndexScope, Remedies.IndexConsequence, null, null));
        }

        var absent = gaps.Unreached("user_type.absent", Dsl.Missing(AnalyticsTwin.UserType.Source));
        gaps._readers.Add(counts => UserTypeMissing(counts, absent, Remedies.IndexScope, null));
        return gaps;
    }

    /// <returns>The sessions in scope, and the warnings.</returns>
    public (long Sessions, IReadOnlyList<AnalyticsWarning> Warnings) Read(SearchResponse response)
    {
        var aggregations = response.Aggregations!.Value;
        var buckets = aggregations.GetProperty(UnreachedAggregation).GetProperty(ProbesAggregation).GetProperty("buckets");
        var counts = _probes.Keys.ToDictionary(k => k, k => buckets.GetProperty(k).GetProperty("doc_count").GetInt64(), StringComparer.Ordinal);
        counts[Total] = (long)aggregations.GetProperty(Total).GetProperty("value").GetDouble();
        return (counts[Total], [.. _readers.Select(read => read(counts)).OfType<AnalyticsWarning>()]);
    }

    private string Probe(string name, JsonObject clause)
    {
        _probes[name] = clause;
        return name;
    }

    /// <summary>A probe for one way a document can be unreached; every other probe narrows one of these.</summary>
    private string Unreached(string name, JsonObject condition)
    {
        _unreached.Add(condition);
        return Probe(name, condition);
    }

    /// <param name="rest">The query's filters besides the date range.</param>
    /// <param name="complete">The same, each twin filter on its source field's value: what a complete index would count.</param>
    private Func<IReadOnlyDictionary<string, long>, AnalyticsWarning?> TwinProbes(
        AnalyticsQuery query, AnalyticsTwin twin, bool filteredOn, IReadOnlyList<AnalyticsFilter> rest, IReadOnlyList<AnalyticsFilter> complete, string? sourceExact)
    {
        var missingTwin = MissingTwin(twin);
        var missing = Unreached($"{twin.Twin}.missing", missingTwin);
        var counted = twin.BreakdownName is null ? null : Probe($"{twin.Twin}.counted", Dsl.AllOf([.. rest.Select(f => f.Clause), missingTwin]));
        string? leftOut = null;
        if (filteredOn)
        {
            // Sessions a complete index would count here, that this filter drops for want of the twin.
            var clauses = complete.Where(f => f.Twin != twin).Select(f => f.Clause).ToList();
            clauses.Add(missingTwin);
            clauses.Add(Dsl.NoneOf(AnalyticsFilters.OnTwin(query, twin, twin.Twin, twin.Twin)!));
            clauses.AddRange(complete.Where(f => f.Twin == twin && sourceExact is not null).Select(f => f.Clause));
            leftOut = Probe($"{twin.Twin}.left_out", Dsl.AllOf(clauses));
        }

        return counts =>
        {
            // A breakdown alone is only wrong where it counts such sessions; a filter is wrong wherever they are.
            if (counts[missing] == 0 || (!filteredOn && counts[counted!] == 0))
            {
                return null;
            }

            long? countedHere = counted is null ? null : counts[counted];
            long? leftOutHere = leftOut is null ? null : counts[leftOut];
            var consequences = new List<string>();
            if (leftOutHere is { } n)
            {
                consequences.Add(Remedies.LeftOut(twin, n, exact: sourceExact is not null));
            }

            if (countedHere is { } c && c > 0)
            {
                consequences.Add(Remedies.CountedAsUndefined(twin, c));
            }

            return TwinMissing(twin, counts[missing], counts[Total], Remedies.RangeScope, string.Join("; ", consequences), leftOutHere, countedHere);
        };
    }

    private static JsonObject MissingTwin(AnalyticsTwin twin) => Dsl.AllOf([Dsl.Exists(twin.Source), Dsl.Missing(twin.Twin)]);

    private static AnalyticsWarning TwinMissing(AnalyticsTwin twin, long sessions, long total, string scope, string consequence, long? leftOut, long? counted) => new()
    {
        Kind = AnalyticsWarningKind.TwinMissingOnDocuments,
        Field = twin.Twin,
        Blocking = false,
        Message = Remedies.TwinMissingOnDocuments(twin, sessions, total, scope, consequence),
        Remedy = Remedies.CopyStep,
        Sessions = sessions,
        LeftOut = leftOut,
        CountedAsUndefined = counted,
    };

    private static AnalyticsWarning? UserTypeMissing(IReadOnlyDictionary<string, long> counts, string absent, string scope, long? leftOut) =>
        counts[absent] == 0 ? null : new AnalyticsWarning
        {
            Kind = AnalyticsWarningKind.UserTypeMissing,
            Field = AnalyticsTwin.UserType.Source,
            Blocking = false,
            Message = Remedies.UserTypeMissing(counts[absent], counts[Total], scope, leftOut),
            Remedy = Remedies.BackfillStep,
            Sessions = counts[absent],
            LeftOut = leftOut,
        };
}
