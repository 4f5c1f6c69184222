using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Analysis;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>
/// <c>match</c>: the text is analyzed with the field's search analyzer and its tokens ORed (or ANDed, or at least
/// <c>minimum_should_match</c>); on keyword, numeric, date and boolean fields it is an exact match.
/// </summary>
internal sealed record MatchQuery(string Field, JsonNode? Text, bool And, string? MinimumShouldMatch, string? Analyzer, bool ZeroTermsAll, bool Lenient, double Boost) : IQueryNode
{
    private static readonly string[] Options =
        ["query", "operator", "minimum_should_match", "analyzer", "zero_terms_query", "lenient", "boost", "auto_generate_synonyms_phrase_query", "prefix_length", "max_expansions", "fuzzy_transpositions", "fuzziness", "_name"];

    public static MatchQuery Parse(JsonNode? node)
    {
        var (field, value, options) = QueryParser.FieldClause(node, "match", "query");
        var and = false;
        string? msm = null, analyzer = null;
        bool zeroAll = false, lenient = false;
        var boost = options is null ? 1.0 : QueryParser.Boost(options, "match");
        foreach (var (key, option) in options ?? [])
        {
            switch (key)
            {
                case "operator":
                    and = JsonRead.String(option, key).ToLowerInvariant() switch
                    {
                        "and" => true,
                        "or" => false,
                        var other => throw RequestErrors.IllegalArgument($"No enum constant org.opensearch.index.query.Operator.{other.ToUpperInvariant()}"),
                    };
                    break;
                case "minimum_should_match":
                    msm = ShouldMatchCount.Read(option);
                    break;
                case "analyzer":
                    analyzer = JsonRead.String(option, key);
                    break;
                case "zero_terms_query":
                    zeroAll = JsonRead.String(option, key) == "all";
                    break;
                case "lenient":
                    lenient = JsonRead.Bool(option, key);
                    break;
                case "fuzziness" when option is not null:
                    throw RequestErrors.Unsupported("fuzzy matching (fuzziness)");
                case "query" or "boost" or "auto_generate_synonyms_phrase_query" or "prefix_length" or "max_expansions" or "fuzzy_transpositions" or "fuzziness":
                    break;
                default:
                    throw RequestErrors.Parsing($"[match] query does not support [{key}]{Errors.DidYouMean.Suffix(key, Options)}");
            }
        }

        if (value is null or JsonObject or JsonArray)
        {
            throw RequestErrors.Parsing("[match] unknown token [START_ARRAY] after [query]");
        }

        return new MatchQuery(field, value, and, msm, analyzer, zeroAll, lenient, boost);
    }

    public Query Compile(QueryContext context)
    {
        if (context.Field(Field) is not { } field || Field is "_id" or "_index")
        {
            return Field is "_id" or "_index" ? TermMatch.Compile(context, Field, [Text], false, Boost) : Matchers.None();
        }

        if (field.Family != FieldFamily.Text)
        {
            try
            {
                return TermMatch.Compile(context, Field, [Text], false, Boost);
            }
            catch (Errors.ShardFailureException) when (Lenient)
            {
                return Matchers.None();
            }
        }

        context.RequireSearchable(field);
        var analyzer = field.Mapper.SearchAnalyzer;
        if (Analyzer is not null && !Analyzers.TryGet(Analyzer, out analyzer))
        {
            throw context.FailPlain($"[match] analyzer [{Analyzer}] not found");
        }

        var tokens = analyzer!.Analyze(FieldValueParser.Text(Text)).Distinct(StringComparer.Ordinal).ToArray();
        if (tokens.Length == 0)
        {
            return ZeroTermsAll ? Matchers.All() : Matchers.None();
        }

        var required = And ? tokens.Length : MinimumShouldMatch is { } msm ? Math.Max(1, ShouldMatchCount.Resolve(msm, tokens.Length)) : 1;
        return new Compiled(field.Id, tokens, required, Boost);
    }

    private sealed class Compiled(int fieldId, string[] tokens, int required, double boost) : Query
    {
        public override bool Matches(Documents.StoredDocument doc) => Count(doc.Fields.Terms(fieldId)) >= required;

        public override double Score(Documents.StoredDocument doc) => boost * Count(doc.Fields.Terms(fieldId));

        public override Columns.DocIdSet Select(Indices.SearchView view)
        {
            var column = view.Column(fieldId);
            return Columns.DocIdSet.Where(view.Count, doc => Count(column.Terms(doc)) >= required);
        }

        private int Count(string[]? terms)
        {
            if (terms is null)
            {
                return 0;
            }

            var count = 0;
            foreach (var token in tokens)
            {
                if (Array.IndexOf(terms, token) >= 0)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
