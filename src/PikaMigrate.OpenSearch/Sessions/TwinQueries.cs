using System.Text.Json.Nodes;

namespace PikaMigrate.OpenSearch.Sessions;

/// <summary>
/// Queries that find documents whose twin is missing or holds another value. OpenSearch cannot compare two
/// fields of one document in a query, so "differs" is built per distinct source value v: documents whose exact
/// source field is v and whose twin is not v. Values over the source's <c>ignore_above</c> have no exact field to
/// match on; those documents are selected (or read and compared) separately.
/// </summary>
internal static class TwinQueries
{
    /// <summary>Above this many distinct values the selective copy query gives up and selects every document with the field.</summary>
    public const int MaxSelectiveValues = 100;

    /// <summary>Documents with the source field and no twin.</summary>
    public static JsonObject MissingTwin(KeywordTwin pair) =>
        Query.Bool([Query.Exists(pair.Source)], [Query.Exists(pair.Twin)]);

    /// <summary>Documents whose exact source value is one of <paramref name="values"/> and whose twin holds another value.</summary>
    public static JsonObject DifferentTwin(string sourceExact, string twinExact, string twinField, IEnumerable<string> values) =>
        Query.Bool([Query.Exists(twinField), Query.AnyOf(values.Select(v => Query.Bool([Query.Term(sourceExact, v)], [Query.Term(twinExact, v)])))]);

    /// <summary>Documents with the source field and a twin, whose source has no exact value to match on (longer than ignore_above).</summary>
    public static JsonObject Unmatchable(KeywordTwin pair, string sourceExact) =>
        Query.Bool([Query.Exists(pair.Source), Query.Exists(pair.Twin)], [Query.Exists(sourceExact)]);

    /// <summary>Documents with the source field and a twin: what must be read when no query can compare them.</summary>
    public static JsonObject BothPresent(KeywordTwin pair) =>
        Query.Bool([Query.Exists(pair.Source), Query.Exists(pair.Twin)]);

    /// <summary>
    /// What the copy must touch for one pair: twin missing or different, or not comparable by query. With no
    /// usable value list (<paramref name="values"/> null), every document holding the source field; the copy
    /// script then skips (noop) those already equal.
    /// </summary>
    public static JsonObject NeedsCopy(TwinFields fields, IReadOnlyList<string>? values)
    {
        var pair = fields.Pair;
        if (values is null || values.Count > MaxSelectiveValues || fields.SourceExact is not { } source || fields.TwinExact is not { } twin)
        {
            return Query.Exists(pair.Source);
        }

        var clauses = new List<JsonObject> { Query.Bool([Query.Exists(pair.Source)], [Query.Exists(pair.Twin)]) };
        clauses.AddRange(values.Select(v => Query.Bool([Query.Term(source.Field, v)], [Query.Term(twin.Field, v)])));
        clauses.Add(Query.Bool([Query.Exists(pair.Source)], [Query.Exists(source.Field)]));
        return Query.AnyOf(clauses);
    }
}
