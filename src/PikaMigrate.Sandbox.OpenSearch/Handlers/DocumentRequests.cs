using System.Globalization;
using System.Security.Cryptography;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>Reading the concurrency and id parameters shared by single-document writes and bulk items.</summary>
internal static class DocumentRequests
{
    /// <summary>Auto-generated ids: 20 URL-safe characters, like OpenSearch's time-based UUIDs.</summary>
    public static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');

    public static void ValidateId(string id)
    {
        if (id.Length == 0)
        {
            throw RequestErrors.ActionValidation("if _id is specified it must not be empty");
        }

        var bytes = System.Text.Encoding.UTF8.GetByteCount(id);
        if (bytes > 512)
        {
            throw RequestErrors.ActionValidation($"id [{id}] is too long, must be no longer than 512 bytes but was: {bytes}");
        }
    }

    /// <summary>Applies <c>if_seq_no</c>/<c>if_primary_term</c>/<c>version</c>/<c>version_type</c> with OpenSearch's validation.</summary>
    public static IndexRequest WithConcurrency(IndexRequest request, long? ifSeqNo, long? ifPrimaryTerm, long? version, string? versionType)
    {
        if ((ifSeqNo is null) != (ifPrimaryTerm is null) && ifSeqNo is not null)
        {
            throw RequestErrors.ActionValidation("ifSeqNo is set, but primary term is [0]");
        }

        if (ifPrimaryTerm is not null && ifSeqNo is null)
        {
            throw RequestErrors.ActionValidation("ifPrimaryTerm is set, but seqNo is unassigned");
        }

        switch (versionType)
        {
            case null or "internal":
                if (version is not null)
                {
                    throw RequestErrors.ActionValidation(
                        "internal versioning can not be used for optimistic concurrency control. Please use `if_seq_no` and `if_primary_term` instead");
                }

                return request with { IfSeqNo = ifSeqNo, IfPrimaryTerm = ifPrimaryTerm };
            case "external" or "external_gte":
                if (version is null)
                {
                    throw RequestErrors.ActionValidation("an explicit version is required for external versioning");
                }

                return request with { IfSeqNo = ifSeqNo, IfPrimaryTerm = ifPrimaryTerm, ExternalVersion = version, ExternalGte = versionType == "external_gte" };
            default:
                throw RequestErrors.IllegalArgument($"No version type match [{versionType}]");
        }
    }

    public static IndexRequest FromQuery(IndexRequest request, QueryParameters query) =>
        WithConcurrency(request, query.Long("if_seq_no"), query.Long("if_primary_term"), query.Long("version"), query.String("version_type"));

    /// <summary>
    /// GET, <c>_source</c> and <c>_mget</c> reads: real-time by default; <c>realtime=false</c> reads what searches see,
    /// <c>refresh=true</c> refreshes first.
    /// </summary>
    public static StoredDocument? Read(EngineIndex index, string id, bool realtime, bool refresh)
    {
        if (refresh)
        {
            index.Refresh();
        }

        return realtime ? index.Get(id) : index.Searchable().Find(id);
    }

    public static StoredDocument? Read(EngineIndex index, string id, QueryParameters query) =>
        Read(index, id, query.Bool("realtime", true), query.Bool("refresh", false));

    /// <summary>
    /// Custom routing picks a shard; with one shard an engine that ignored it would find documents OpenSearch
    /// would not (a GET without the routing misses): an honest 400 instead.
    /// </summary>
    public static void RejectRouting(string? routing)
    {
        if (routing is { Length: > 0 })
        {
            throw RequestErrors.Unsupported("custom routing ([routing])");
        }
    }

    /// <summary>
    /// <c>wait_for_active_shards</c> (ActiveShardCount.parseString). One node never assigns replicas, so only a shard's
    /// primary is ever active: OpenSearch would wait out the timeout for more copies and then fail; that wait is refused at once.
    /// </summary>
    /// <param name="copies">The target index's shard copies (primary and replicas), which <c>all</c> waits for.</param>
    public static void RequireActiveShards(string? value, int copies)
    {
        if (value is null)
        {
            return;
        }

        var needed = value == "all"
            ? copies
            : int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count)
                ? count
                : throw RequestErrors.IllegalArgument($"cannot parse ActiveShardCount[{value}]");
        if (needed < 0)
        {
            throw RequestErrors.IllegalArgument("shard count cannot be a negative value");
        }

        if (needed > 1)
        {
            throw RequestErrors.Unsupported($"waiting for {needed} active shard copies ([wait_for_active_shards]; replicas are never assigned)");
        }
    }

    /// <summary><c>require_alias=true</c>: the target must be an alias, which is then never auto-created as an index.</summary>
    public static void RequireAlias(OpenSearchEngine engine, string name, bool requireAlias)
    {
        if (requireAlias && !engine.IsAlias(name))
        {
            throw new OpenSearchException(404, new ErrorCause("index_not_found_exception",
                $"no such index [{name}] and [require_alias] request flag is [true] and [{name}] is not an alias").With("index", name).With("index_uuid", "_na_"));
        }
    }

    /// <summary>
    /// An ingest pipeline to run first: this engine has none (and no API to create one), so any name is one that
    /// does not exist, as OpenSearch answers it. <c>_none</c> means no pipeline.
    /// </summary>
    public static void RequireNoPipeline(string? pipeline)
    {
        if (pipeline is { Length: > 0 } and not "_none")
        {
            throw RequestErrors.IllegalArgument($"pipeline with id [{pipeline}] does not exist");
        }
    }
}
