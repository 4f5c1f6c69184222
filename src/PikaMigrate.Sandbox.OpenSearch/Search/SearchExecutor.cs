using System.Diagnostics;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Aggregations;
using PikaMigrate.Sandbox.OpenSearch.Columns;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Search;

/// <summary>
/// Runs a search over indices: per index (its single shard) compile, match, score and check the request; a
/// failing index is a shard failure (all failing: <c>search_phase_execution_exception</c>). Then aggregations over
/// the query's matches, and the requested page of hits sorted across indices.
/// </summary>
internal sealed class SearchExecutor(OpenSearchEngine engine)
{
    public JsonObject Search(IReadOnlyList<EngineIndex> indices, SearchRequest request)
    {
        var started = Stopwatch.StartNew();
        var now = engine.NowMillis;
        var failures = new List<ShardFailure>();
        var segments = new List<Segment>();
        foreach (var index in indices)
        {
            try
            {
                segments.Add(Run(index, request, now));
            }
            catch (ShardFailureException e)
            {
                failures.Add(new ShardFailure(index.Name, engine.Node.NodeId, e.Cause, e.Status));
            }
        }

        if (segments.Count == 0 && failures.Count > 0)
        {
            throw SearchErrors.AllShardsFailed(failures);
        }

        JsonObject? aggregations = null;
        if (request.Aggregations.Count > 0)
        {
            aggregations = new JsonObject();
            var context = new AggregationContext(now, request.TypedKeys);
            var sets = segments.Select(s => new DocSet(s.Index, s.View, s.Matched)).ToList();
            try
            {
                AggregationNode.ComputeAll(request.Aggregations, sets, context, aggregations);
            }
            catch (ShardFailureException e)
            {
                throw SearchErrors.AllShardsFailed([new ShardFailure(segments[0].Index.Name, engine.Node.NodeId, e.Cause, e.Status)]);
            }
        }

        var response = new JsonObject { ["took"] = started.ElapsedMilliseconds, ["timed_out"] = false };
        if (request.TerminateAfter is { } limit && segments.Any(s => s.Matched.Length >= limit))
        {
            response["terminated_early"] = true;
        }

        response["_shards"] = Shards(indices, failures);
        response["hits"] = Hits(segments, request);
        if (aggregations is not null)
        {
            response["aggregations"] = aggregations;
        }

        return response;
    }

    public static JsonObject Shards(IReadOnlyList<EngineIndex> indices, IReadOnlyList<ShardFailure> failures)
    {
        var total = indices.Sum(i => i.Settings.NumberOfShards);
        var failed = failures.Sum(f => indices.First(i => i.Name == f.Index).Settings.NumberOfShards);
        var shards = new JsonObject { ["total"] = total, ["successful"] = total - failed, ["skipped"] = 0, ["failed"] = failed };
        if (failures.Count > 0)
        {
            shards["failures"] = new JsonArray([.. failures.Select(f => (JsonNode)SearchErrors.FailedShard(f))]);
        }

        return shards;
    }

    private Segment Run(EngineIndex index, SearchRequest request, long now)
    {
        var context = new QueryContext(index, now);
        var query = request.Query.Compile(context);
        var postFilter = request.PostFilter?.Compile(context);
        foreach (var aggregation in request.Aggregations)
        {
            aggregation.Validate(context);
        }

        if (request.StoredFields is { None: true } && request.SourceExplicit && request.Source.Fetch)
        {
            // SearchService.parseSource: a SearchException on the shard (HTTP 500, as OpenSearch answers it).
            throw new ShardFailureException(new ErrorCause("search_exception", "[stored_fields] cannot be disabled if [_source] is requested"), status: 500);
        }

        var window = (long)request.From + request.Size;
        if (window > index.Settings.MaxResultWindow)
        {
            throw new ShardFailureException(SearchErrors.ResultWindow(window, index.Settings.MaxResultWindow));
        }

        var sorts = request.Sort.Select(s => SortSource.Resolve(context, s)).ToList();
        SortValue[]? after = null;
        if (request.SearchAfter is { } searchAfter)
        {
            if (sorts.Count == 0)
            {
                throw new ShardFailureException(SearchErrors.ShardArgument("Sort must contain at least one field."));
            }

            if (searchAfter.Count != sorts.Count)
            {
                throw new ShardFailureException(SearchErrors.ShardArgument($"search_after has {searchAfter.Count} value(s) but sort has {sorts.Count}."));
            }

            after = [.. sorts.Select((s, i) => s.Parse(searchAfter[i], context))];
        }

        return new Segment(index, query, postFilter, sorts, after, index.Searchable(), request.TerminateAfter ?? int.MaxValue);
    }

    private static JsonObject Hits(List<Segment> segments, SearchRequest request)
    {
        if (request.Size == 0 && request.MinScore is null)
        {
            // No page and no min_score: only the total, which needs neither scores nor sort values.
            var counted = Totals(request, segments.Sum(s => s.Total));
            counted["max_score"] = null;
            counted["hits"] = new JsonArray();
            return counted;
        }

        var scoring = request.Sort.Count == 0 || request.Sort.Any(s => s.IsScore) || request.TrackScores || request.MinScore is not null;
        if (!scoring && segments.Count == 1 && !request.Sort.Any(s => s.IsDoc))
        {
            return SortedHits(segments[0], request);
        }

        var candidates = new List<SearchHit>();
        long total = 0;
        var maxScore = double.NaN;
        var docNumber = 0L;
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            var postFiltered = segment.PostFiltered;
            foreach (var position in segment.Matched)
            {
                var number = docNumber++;
                if (postFiltered is not null && !postFiltered.Contains(position))
                {
                    continue;
                }

                var doc = segment.View.Documents[position];
                var score = scoring ? segment.Query.Score(doc) : double.NaN;
                if (request.MinScore is { } minScore && score < minScore)
                {
                    continue;
                }

                total++;
                if (scoring && (double.IsNaN(maxScore) || score > maxScore))
                {
                    maxScore = score;
                }

                var keys = segment.Sorts.Count == 0 ? [] : new SortValue[segment.Sorts.Count];
                for (var k = 0; k < keys.Length; k++)
                {
                    keys[k] = segment.Sorts[k].Value(doc, score, number);
                }

                if (segment.After is { } after && SortSource.Compare(segment.Sorts, keys, after) <= 0)
                {
                    continue;
                }

                candidates.Add(new SearchHit(s, doc, score, keys));
            }
        }

        var sorts = segments.Count > 0 ? segments[0].Sorts : [];
        Comparison<SearchHit> order = sorts.Count == 0
            ? (a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : Tie(a, b)
            : (a, b) => SortSource.Compare(sorts, a.Keys, b.Keys) is var c && c != 0 ? c : Tie(a, b);
        var page = TopK.Select(candidates, request.From + request.Size, order).Skip(request.From).ToList();

        var hits = Totals(request, total);
        var showScores = scoring && (request.Sort.Count == 0 || request.TrackScores || request.Sort.Any(s => s.IsScore));
        // With a sort, max_score is tracked only for track_scores; a lone _score desc sort is no sort at all
        // (SortBuilder.buildSort). OpenSearch 3.2 also tracks it for a primary _score desc sort (#18714); 2.19 does not.
        var showMaxScore = showScores && (request.Sort.Count == 0 || request.TrackScores || request.Sort is [{ IsScore: true, Descending: true }]);
        hits["max_score"] = showMaxScore && request.Size > 0 && !double.IsNaN(maxScore) ? JavaNumber.Float((float)maxScore) : null;
        hits["hits"] = new JsonArray([.. page.Select(hit => (JsonNode)Hit(hit, segments[hit.Segment], request, showScores))]);
        return hits;
    }

    /// <summary>One index sorted by fields (no scores): the cached sorted view, from the search_after position.</summary>
    private static JsonObject SortedHits(Segment segment, SearchRequest request)
    {
        long total = segment.Total;

        var page = new List<SearchHit>();
        if (request.Size > 0 && total > 0)
        {
            var sorted = segment.Index.SortedBy(segment.View, segment.Sorts);
            var shown = segment.CountsEverything ? null : segment.Shown;
            var skip = request.From;
            for (var i = segment.After is { } after ? sorted.After(segment.Sorts, after) : 0; i < sorted.Positions.Length && page.Count < request.Size; i++)
            {
                var position = sorted.Positions[i];
                if (shown is not null && !shown.Contains(position))
                {
                    continue;
                }

                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                page.Add(new SearchHit(0, segment.View.Documents[position], double.NaN, sorted.Keys[i]));
            }
        }

        var hits = Totals(request, total);
        hits["max_score"] = null;
        hits["hits"] = new JsonArray([.. page.Select(hit => (JsonNode)Hit(hit, segment, request, showScores: false))]);
        return hits;
    }

    private static JsonObject Totals(SearchRequest request, long total)
    {
        var hits = new JsonObject();
        if (request.TotalHitsAsInt)
        {
            hits["total"] = request.TrackTotalHits.Tracked ? total : -1;
        }
        else if (request.TrackTotalHits.Tracked)
        {
            var capped = total > request.TrackTotalHits.UpTo;
            hits["total"] = new JsonObject { ["value"] = capped ? request.TrackTotalHits.UpTo : total, ["relation"] = capped ? "gte" : "eq" };
        }

        return hits;
    }

    private static JsonObject Hit(SearchHit hit, Segment segment, SearchRequest request, bool showScores)
    {
        var doc = hit.Document;
        var json = new JsonObject { ["_index"] = segment.Index.Name };
        if (request.StoredFields is not { None: true })
        {
            // stored_fields: _none_ loads no stored field, not even _id.
            json["_id"] = doc.Id;
        }

        if (request.Version)
        {
            json["_version"] = doc.Version;
        }

        if (request.SeqNoPrimaryTerm)
        {
            json["_seq_no"] = doc.SeqNo;
            json["_primary_term"] = doc.PrimaryTerm;
        }

        json["_score"] = showScores ? JavaNumber.Float((float)hit.Score) : null;
        if (request.Source.Fetch)
        {
            json["_source"] = request.Source.Apply(doc.Source);
        }

        if (request.StoredFields?.Values(doc) is { } fields)
        {
            json["fields"] = fields;
        }

        if (segment.Sorts.Count > 0)
        {
            json["sort"] = new JsonArray([.. segment.Sorts.Select((s, i) => s.ToJson(hit.Keys[i]))]);
        }

        return json;
    }

    /// <summary>Ties keep index order: the index's position in the request, then the document's.</summary>
    private static int Tie(SearchHit a, SearchHit b) =>
        a.Segment != b.Segment ? a.Segment.CompareTo(b.Segment) : a.Document.Ordinal.CompareTo(b.Document.Ordinal);

    /// <summary>One index's part of a search; its matches are found only when something needs them.</summary>
    private sealed class Segment(EngineIndex index, Query.Query query, Query.Query? postFilter, IReadOnlyList<SortSource> sorts, SortValue[]? after, SearchView view, int limit)
    {
        private int[]? _matched;
        private DocIdSet? _postFiltered;
        private DocIdSet? _shown;

        public EngineIndex Index { get; } = index;

        public Query.Query Query { get; } = query;

        public IReadOnlyList<SortSource> Sorts { get; } = sorts;

        public SortValue[]? After { get; } = after;

        /// <summary>The index as of its last refresh: what this search sees.</summary>
        public SearchView View { get; } = view;

        /// <summary>match_all without post_filter or terminate_after: the total is the view's length.</summary>
        public bool CountsEverything => Query is Matchers.Everything && postFilter is null && limit == int.MaxValue;

        /// <summary>The query's matches, as positions in the view in index order (up to terminate_after; the first match always counts).</summary>
        public int[] Matched => _matched ??= Query.Select(View).ToArray(Math.Max(limit, 1));

        /// <summary>The hits' total: the matches the post_filter keeps.</summary>
        public long Total => CountsEverything ? View.Count : PostFiltered is { } kept ? Matched.Count(kept.Contains) : Matched.Length;

        /// <summary>What the post_filter keeps, or null without one.</summary>
        public DocIdSet? PostFiltered => postFilter is null ? null : _postFiltered ??= postFilter.Select(View);

        /// <summary>The hits to show: the matches the post_filter keeps.</summary>
        public DocIdSet Shown => _shown ??= ShownSet();

        private DocIdSet ShownSet()
        {
            var shown = DocIdSet.Empty(View.Count);
            foreach (var position in Matched)
            {
                shown.Add(position);
            }

            if (PostFiltered is { } postFiltered)
            {
                shown.IntersectWith(postFiltered);
            }

            return shown;
        }
    }
}
