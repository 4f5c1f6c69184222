using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Columns;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>
/// <c>bool</c>: must and filter all match, must_not none, and should clauses are required (at least one) only when
/// there is no must or filter, unless <c>minimum_should_match</c> says otherwise. Only must_not: everything else.
/// </summary>
internal sealed record BoolQuery(IReadOnlyList<IQueryNode> Must, IReadOnlyList<IQueryNode> Filter, IReadOnlyList<IQueryNode> Should, IReadOnlyList<IQueryNode> MustNot, string? MinimumShouldMatch, double Boost) : IQueryNode
{
    public static BoolQuery Parse(JsonNode? node)
    {
        var body = QueryParser.Object(node, "bool");
        var boost = QueryParser.Boost(body, "bool");
        List<IQueryNode> must = [], filter = [], should = [], mustNot = [];
        string? msm = null;
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "must":
                    must.AddRange(Clauses(value));
                    break;
                case "filter":
                    filter.AddRange(Clauses(value));
                    break;
                case "should":
                    should.AddRange(Clauses(value));
                    break;
                case "must_not" or "mustNot":
                    mustNot.AddRange(Clauses(value));
                    break;
                case "minimum_should_match":
                    msm = ShouldMatchCount.Read(value);
                    break;
                case "boost" or "adjust_pure_negative":
                    break;
                default:
                    throw RequestErrors.Parsing($"[bool] query does not support [{key}]");
            }
        }

        return new BoolQuery(must, filter, should, mustNot, msm, boost);
    }

    public Query Compile(QueryContext context)
    {
        var must = Must.Select(q => q.Compile(context)).ToArray();
        var filter = Filter.Select(q => q.Compile(context)).ToArray();
        var should = Should.Select(q => q.Compile(context)).ToArray();
        var mustNot = MustNot.Select(q => q.Compile(context)).ToArray();
        if (must.Length + filter.Length + should.Length + mustNot.Length == 0)
        {
            return Matchers.All(Boost);
        }

        var required = MinimumShouldMatch is { } msm
            ? ShouldMatchCount.Resolve(msm, should.Length)
            : should.Length > 0 && must.Length == 0 && filter.Length == 0 ? 1 : 0;
        return new Compiled(must, filter, should, mustNot, required, Boost);
    }

    private static IEnumerable<IQueryNode> Clauses(JsonNode? value) => value switch
    {
        JsonArray array => array.Select(QueryParser.Parse),
        JsonObject => [QueryParser.Parse(value)],
        _ => throw RequestErrors.Parsing($"[bool] query does not support [{JsonRead.ScalarText(value)}]"),
    };

    private sealed class Compiled(Query[] must, Query[] filter, Query[] should, Query[] mustNot, int requiredShould, double boost) : Query
    {
        public override bool Matches(StoredDocument doc)
        {
            foreach (var q in filter)
            {
                if (!q.Matches(doc))
                {
                    return false;
                }
            }

            foreach (var q in must)
            {
                if (!q.Matches(doc))
                {
                    return false;
                }
            }

            foreach (var q in mustNot)
            {
                if (q.Matches(doc))
                {
                    return false;
                }
            }

            if (requiredShould == 0)
            {
                return true;
            }

            var matched = 0;
            foreach (var q in should)
            {
                if (q.Matches(doc) && ++matched >= requiredShould)
                {
                    return true;
                }
            }

            return false;
        }

        public override DocIdSet Select(SearchView view)
        {
            DocIdSet? matched = null;
            foreach (var q in filter.Concat(must))
            {
                var selected = q.Select(view);
                if (matched is null)
                {
                    matched = selected;
                }
                else
                {
                    matched.IntersectWith(selected);
                }
            }

            matched ??= DocIdSet.All(view.Count);
            foreach (var q in mustNot)
            {
                matched.ExceptWith(q.Select(view));
            }

            if (requiredShould > 0)
            {
                matched.IntersectWith(requiredShould == 1 ? AnyShould(view) : EnoughShould(view));
            }

            return matched;
        }

        private DocIdSet AnyShould(SearchView view)
        {
            var any = DocIdSet.Empty(view.Count);
            foreach (var q in should)
            {
                any.UnionWith(q.Select(view));
            }

            return any;
        }

        /// <summary>The documents at least <c>requiredShould</c> of the should clauses match.</summary>
        private DocIdSet EnoughShould(SearchView view)
        {
            var counts = new int[view.Count];
            foreach (var q in should)
            {
                foreach (var doc in q.Select(view).ToArray())
                {
                    counts[doc]++;
                }
            }

            return DocIdSet.Where(view.Count, doc => counts[doc] >= requiredShould);
        }

        public override double Score(StoredDocument doc)
        {
            var score = 0.0;
            foreach (var q in must)
            {
                score += q.Score(doc);
            }

            foreach (var q in should)
            {
                if (q.Matches(doc))
                {
                    score += q.Score(doc);
                }
            }

            return score * boost;
        }
    }
}
