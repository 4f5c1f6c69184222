using System.Globalization;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Query;
using PikaMigrate.Sandbox.OpenSearch.Scripting;

namespace PikaMigrate.Sandbox.OpenSearch.Reindex;

/// <summary>An <c>_update_by_query</c> request: parameters from the URL or the body, validated with OpenSearch's messages.</summary>
internal sealed class UpdateByQueryRequest
{
    public static readonly string[] UrlParameters =
    [
        "conflicts", "max_docs", "slices", "scroll_size", "wait_for_completion", "refresh", "requests_per_second", "timeout", "wait_for_active_shards",
        "scroll", "pipeline", "q", "routing", "preference", "allow_no_indices", "ignore_unavailable", "expand_wildcards", "search_type", "search_timeout",
        "terminate_after", "stats", "version", "request_cache", "lenient", "analyzer", "analyze_wildcard", "default_operator", "df", "from", "size",
        "_source", "_source_includes", "_source_excludes", "sort",
    ];

    public IQueryNode Query { get; private set; } = new MatchAllQuery(1.0);

    public ScriptSpec? Script { get; private set; }

    public bool Proceed { get; private set; }

    public int? MaxDocs { get; private set; }

    /// <summary>0 for <c>auto</c>.</summary>
    public int Slices { get; private set; } = 1;

    public (int Id, int Max)? ManualSlice { get; private set; }

    public int ScrollSize { get; private set; } = 1000;

    public bool WaitForCompletion { get; private set; } = true;

    public bool Refresh { get; private set; }

    /// <summary>Infinity when unthrottled.</summary>
    public float RequestsPerSecond { get; private set; } = float.PositiveInfinity;

    public static UpdateByQueryRequest Parse(JsonObject? body, QueryParameters query)
    {
        var request = new UpdateByQueryRequest();
        foreach (var name in new[] { "q", "pipeline", "sort", "_source", "_source_includes", "_source_excludes" })
        {
            if (query.String(name) is { Length: > 0 } value && !(name == "pipeline" && value == "_none"))
            {
                throw RequestErrors.Unsupported($"the [{name}] parameter of update by query");
            }
        }

        if (query.Int("from") is { } from)
        {
            throw FromRefused(from);
        }

        if (query.String("conflicts") is { } conflicts)
        {
            request.Proceed = Conflicts(conflicts);
        }

        if (query.String("slices") is { } slices)
        {
            request.Slices = slices == "auto" ? 0 : int.TryParse(slices, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
                ? n
                : throw RequestErrors.IllegalArgument($"[slices] must be a positive integer or the string \"auto\", but was [{slices}]");
        }

        if (query.Int("scroll_size") is { } scrollSize)
        {
            request.ScrollSize = scrollSize > 0 ? scrollSize : throw RequestErrors.ActionValidation("batch size must be greater than 0");
        }

        request.WaitForCompletion = query.Bool("wait_for_completion", true);
        request.Refresh = query.Bool("refresh", false);
        if (query.String("requests_per_second") is { } rps)
        {
            request.RequestsPerSecond = Rate(rps);
        }

        if (body is not null)
        {
            request.ReadBody(body);
        }

        // After the body, in OpenSearch's order: the deprecated size, then max_docs.
        foreach (var name in new[] { "size", "max_docs" })
        {
            if (query.Int(name) is { } limit)
            {
                request.SetMaxDocs(limit);
            }
        }

        if (request.MaxDocs is { } maxDocs && request.Slices > 1 && maxDocs < request.Slices)
        {
            throw RequestErrors.ActionValidation("[max_docs] should be >= [slices]");
        }

        return request;
    }

    public static float Rate(string text)
    {
        if (text == "-1")
        {
            return float.PositiveInfinity;
        }

        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw RequestErrors.IllegalArgument("[requests_per_second] must be a float greater than 0. Use -1 to disable throttling.");
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
                case "script":
                    Script = ScriptSpec.Parse(value);
                    break;
                case "conflicts":
                    Proceed = Conflicts(JsonRead.String(value, key));
                    break;
                case "max_docs" or "size":
                    SetMaxDocs(JsonRead.Int(value, key));
                    break;
                case "slice":
                    var slice = JsonRead.Object(value, key);
                    ManualSlice = (JsonRead.Int(slice["id"], "id"), JsonRead.Int(slice["max"], "max"));
                    break;
                case "from":
                    throw FromRefused(JsonRead.Int(value, key));
                case "stored_fields":
                    throw RequestErrors.ActionValidation("stored_fields is not supported in this context");
                case "sort" or "_source" or "aggs" or "aggregations" or "post_filter":
                    throw RequestErrors.Unsupported($"[{key}] in update by query");
                default:
                    throw RequestErrors.Parsing($"Unknown key for a {(value is JsonObject ? "START_OBJECT" : "VALUE_STRING")} in [{key}].");
            }
        }
    }

    /// <summary>The scroll behind an update by query cannot skip documents (AbstractBulkByScrollRequest.validate).</summary>
    private static OpenSearchException FromRefused(int from) => from > 0
        ? RequestErrors.ActionValidation("using [from] is not allowed in a scroll context", "from is not supported in this context")
        : RequestErrors.ActionValidation("from is not supported in this context");

    private static bool Conflicts(string value) => value switch
    {
        "proceed" => true,
        "abort" => false,
        _ => throw RequestErrors.IllegalArgument($"conflicts may only be \"proceed\" or \"abort\" but was [{value}]"),
    };

    /// <summary>Every source of max_docs must agree (AbstractBulkByQueryRestHandler.setMaxDocsValidateIdentical).</summary>
    private void SetMaxDocs(int maxDocs)
    {
        if (MaxDocs is { } earlier && earlier != maxDocs)
        {
            throw RequestErrors.IllegalArgument($"[max_docs] set to two different values [{earlier}] and [{maxDocs}]");
        }

        MaxDocs = maxDocs >= 0 ? maxDocs : throw RequestErrors.IllegalArgument($"[max_docs] parameter cannot be negative, found [{maxDocs}]");
    }
}
