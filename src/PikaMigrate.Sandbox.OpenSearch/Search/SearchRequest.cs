using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Aggregations;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Search;

/// <summary>A <c>_search</c> body with its URL overrides, validated as SearchSourceBuilder does.</summary>
internal sealed class SearchRequest
{
    public static readonly string[] UrlParameters =
    [
        "from", "size", "sort", "_source", "_source_includes", "_source_excludes", "track_total_hits", "rest_total_hits_as_int", "typed_keys",
        "track_scores", "version", "seq_no_primary_term", "timeout", "terminate_after", "q", "search_type", "preference", "routing", "request_cache",
        "allow_no_indices", "ignore_unavailable", "expand_wildcards", "ignore_throttled", "allow_partial_search_results", "batched_reduce_size",
        "max_concurrent_shard_requests", "pre_filter_shard_size", "ccs_minimize_roundtrips", "scroll", "explain", "stored_fields", "docvalue_fields",
        "analyzer", "analyze_wildcard", "default_operator", "df", "lenient", "cancel_after_time_interval", "phase_took", "search_pipeline",
        "include_named_queries_score",
    ];

    private static readonly HashSet<string> UnsupportedKeys = new(StringComparer.Ordinal)
    {
        "highlight", "suggest", "collapse", "rescore", "script_fields", "docvalue_fields", "indices_boost", "pit", "slice",
        "runtime_mappings", "ext", "fields", "search_pipeline", "stats", "derived", "verbose_pipeline",
    };

    public IQueryNode Query { get; private set; } = new MatchAllQuery(1.0);

    public IQueryNode? PostFilter { get; private set; }

    public int From { get; private set; }

    public int Size { get; private set; } = 10;

    public IReadOnlyList<SortField> Sort { get; private set; } = [];

    public JsonArray? SearchAfter { get; private set; }

    public SourceFilter Source { get; private set; } = SourceFilter.All;

    /// <summary>Whether <c>_source</c> was asked for (body or URL); without it <c>stored_fields</c> decide.</summary>
    public bool SourceExplicit { get; private set; }

    public StoredFields? StoredFields { get; private set; }

    public TotalHitsMode TrackTotalHits { get; private set; } = TotalHitsMode.Default;

    public bool TrackScores { get; private set; }

    public bool Version { get; private set; }

    public bool SeqNoPrimaryTerm { get; private set; }

    public double? MinScore { get; private set; }

    public int? TerminateAfter { get; private set; }

    public IReadOnlyList<AggregationNode> Aggregations { get; private set; } = [];

    public bool TotalHitsAsInt { get; private set; }

    public bool TypedKeys { get; private set; }

    private bool _trackTotalHitsGiven;

    public static SearchRequest Parse(JsonObject? body, QueryParameters query)
    {
        var request = new SearchRequest();
        if (body is not null)
        {
            request.ReadBody(body);
        }

        request.ReadUrl(query);
        if (request.Size < 0)
        {
            throw RequestErrors.IllegalArgument($"[size] parameter cannot be negative, found [{request.Size}]");
        }

        if (request.From < 0)
        {
            throw RequestErrors.IllegalArgument("[from] parameter cannot be negative");
        }

        if (request.StoredFields is { } stored && !request.SourceExplicit)
        {
            // A stored_fields list leaves _source out unless it names it.
            request.Source = stored.NamesSource ? SourceFilter.All : SourceFilter.NoSource;
        }

        if (request.SearchAfter is not null && request.From > 0)
        {
            throw RequestErrors.IllegalArgument("`from` parameter must be set to 0 when `search_after` is used.");
        }

        return request;
    }

    private void ReadBody(JsonObject body)
    {
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "query":
                    Query = QueryParser.Parse(value);
                    break;
                case "post_filter":
                    PostFilter = QueryParser.Parse(value);
                    break;
                case "from":
                    From = JsonRead.Int(value, key);
                    break;
                case "size":
                    Size = JsonRead.Int(value, key);
                    break;
                case "sort":
                    Sort = SortField.ParseList(value);
                    break;
                case "search_after":
                    SearchAfter = value as JsonArray ?? throw RequestErrors.Parsing("[search_after] must be an array");
                    break;
                case "_source":
                    Source = SourceFilter.FromBody(value);
                    SourceExplicit = true;
                    break;
                case "track_total_hits":
                    TrackTotalHits = TotalHits(JsonRead.ScalarText(value) ?? "");
                    _trackTotalHitsGiven = true;
                    break;
                case "track_scores":
                    TrackScores = JsonRead.Bool(value, key);
                    break;
                case "version":
                    Version = JsonRead.Bool(value, key);
                    break;
                case "seq_no_primary_term":
                    SeqNoPrimaryTerm = JsonRead.Bool(value, key);
                    break;
                case "min_score":
                    MinScore = JsonRead.Double(value, key);
                    break;
                case "terminate_after":
                    TerminateAfter = JsonRead.Int(value, key);
                    break;
                case "aggs" or "aggregations":
                    Aggregations = AggregationParser.ParseAll(value);
                    break;
                case "timeout":
                    break;
                case "explain" or "profile" when value is not null && JsonRead.IsBoolean(value) && !value.GetValue<bool>():
                    break;
                case "explain" or "profile":
                    throw RequestErrors.Unsupported($"[{key}] in search requests");
                case "stored_fields":
                    StoredFields = StoredFields.ForSearch(value);
                    break;
                default:
                    if (UnsupportedKeys.Contains(key))
                    {
                        throw RequestErrors.Unsupported($"[{key}] in search requests");
                    }

                    throw RequestErrors.Parsing($"Unknown key for a {TokenName(value)} in [{key}].");
            }
        }
    }

    private void ReadUrl(QueryParameters query)
    {
        if (query.String("q") is not null)
        {
            throw RequestErrors.Unsupported("the URL query string parameter [q]");
        }

        if (query.String("scroll") is not null)
        {
            throw RequestErrors.Unsupported("scroll searches (use search_after)");
        }

        if (query.String("docvalue_fields") is { Length: > 0 })
        {
            throw RequestErrors.Unsupported("docvalue_fields");
        }

        if (query.List("stored_fields") is { } storedFields)
        {
            StoredFields = StoredFields.ForSearch(storedFields);
        }

        if (query.Bool("explain", false))
        {
            throw RequestErrors.Unsupported("[explain] in search requests");
        }

        From = query.Int("from") ?? From;
        Size = query.Int("size") ?? Size;
        if (query.String("sort") is { } sort)
        {
            Sort = SortField.ParseUrl(sort);
        }

        if (SourceFilter.FromQuery(query) is { } source)
        {
            Source = source;
            SourceExplicit = true;
        }

        if (query.String("track_total_hits") is { } track)
        {
            TrackTotalHits = TotalHits(track.Length == 0 ? "true" : track);
            _trackTotalHitsGiven = true;
        }

        TrackScores = query.Bool("track_scores", TrackScores);
        Version = query.Bool("version", Version);
        SeqNoPrimaryTerm = query.Bool("seq_no_primary_term", SeqNoPrimaryTerm);
        TerminateAfter = query.Int("terminate_after") ?? TerminateAfter;
        TotalHitsAsInt = query.Bool("rest_total_hits_as_int", false);
        TypedKeys = query.Bool("typed_keys", false);
        if (TotalHitsAsInt)
        {
            // RestSearchAction.checkRestTotalHits: exact counting by default, off is fine (-1), a threshold is not.
            if (!_trackTotalHitsGiven)
            {
                TrackTotalHits = TotalHitsMode.Exact;
            }
            else if (TrackTotalHits.Tracked && TrackTotalHits != TotalHitsMode.Exact)
            {
                throw RequestErrors.IllegalArgument(
                    $"[rest_total_hits_as_int] cannot be used if the tracking of total hits is not accurate, got {TrackTotalHits.UpTo}");
            }
        }
    }

    private static TotalHitsMode TotalHits(string text)
    {
        switch (text)
        {
            case "true":
                return TotalHitsMode.Exact;
            case "false":
                return TotalHitsMode.Off;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw RequestErrors.IllegalArgument($"Failed to parse value [{text}] as only [true] or [false] are allowed.");
        }

        return value switch
        {
            -1 => TotalHitsMode.Exact,
            < -1 => throw RequestErrors.IllegalArgument($"[track_total_hits] parameter must be positive or equals to -1, got {value}"),
            _ => new TotalHitsMode(value),
        };
    }

    private static string TokenName(JsonNode? value) => value switch
    {
        JsonObject => "START_OBJECT",
        JsonArray => "START_ARRAY",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "VALUE_STRING",
            JsonValueKind.Number => "VALUE_NUMBER",
            JsonValueKind.True or JsonValueKind.False => "VALUE_BOOLEAN",
            _ => "VALUE_NULL",
        },
        _ => "VALUE_NULL",
    };
}
