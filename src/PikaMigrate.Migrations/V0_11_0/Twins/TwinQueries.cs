using System.Text.Json.Nodes;
using PikaMigrate.OpenSearch.Search;

namespace PikaMigrate.Migrations.V0_11_0.Twins;

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
        QueryDsl.Bool([QueryDsl.Exists(pair.Source)], [QueryDsl.Exists(pair.Twin)]);

    /// <summary>Documents whose exact source value is one of <paramref name="values"/> and whose twin holds another value.</summary>
    public static JsonObject DifferentTwin(string sourceExact, string twinExact, string twinField, IEnumerable<string> values) =>
        QueryDsl.Bool([QueryDsl.Exists(twinField), QueryDsl.AnyOf(values.Select(v => QueryDsl.Bool([QueryDsl.Term(sourceExact, v)], [QueryDsl.Term(twinExact, v)])))]);

    /// <summary>Documents with the source field and a twin, whose source has no exact value to match on (longer than ignore_above).</summary>
    public static JsonObject Unmatchable(KeywordTwin pair, string sourceExact) =>
        QueryDsl.Bool([QueryDsl.Exists(pair.Source), QueryDsl.Exists(pair.Twin)], [QueryDsl.Exists(sourceExact)]);

    /// <summary>Documents with the source field and a twin: what must be read when no query can compare them.</summary>
    public static JsonObject BothPresent(KeywordTwin pair) =>
        QueryDsl.Bool([QueryDsl.Exists(pair.Source), QueryDsl.Exists(pair.Twin)]);

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
            return QueryDsl.Exists(pair.Source);
        }

        var clauses = new List<JsonObject> { QueryDsl.Bool([QueryDsl.Exists(pair.Source)], [QueryDsl.Exists(pair.Twin)]) };
        clauses.AddRange(values.Select(v => QueryDsl.Bool([QueryDsl.Term(source.Field, v)], [QueryDsl.Term(twin.Field, v)])));
        clauses.Add(QueryDsl.Bool([QueryDsl.Exists(pair.Source)], [QueryDsl.Exists(source.Field)]));
        return QueryDsl.AnyOf(clauses);
    }
}
