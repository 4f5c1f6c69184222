using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Search;

namespace PikaMigrate.Migrations.V0_11_0.Verification;

/// <summary>
/// Reads the session index's state for the keyword migration: the twins' mapping types and, per pair, the
/// documents holding the source field whose twin is missing or differs (with example ids). Read-only; throws a
/// preflight error when the domain cannot be reached or the index does not exist.
/// </summary>
public sealed class SessionIndexAudit(OpenSearchClient client, string index)
{
    /// <summary>The twins' mapping types only (what A1 establishes).</summary>
    public async Task<SessionIndexAuditResult> MappingAsync(CancellationToken cancellationToken)
    {
        await OpenSearchPreflight.RequireIndexAsync(client, index, cancellationToken).ConfigureAwait(false);
        var mapping = await client.GetMappingAsync(index, cancellationToken).ConfigureAwait(false);
        var documents = await client.CountAsync(index, QueryDsl.MatchAll(), cancellationToken).ConfigureAwait(false);
        return new SessionIndexAuditResult(index, documents, [.. KeywordTwin.All.Select(p => TwinFields.Resolve(mapping, p))], []);
    }

    /// <summary>The mapping types and the per-pair document counts (what A2 establishes, and what verify checks).</summary>
    public async Task<SessionIndexAuditResult> RunAsync(CancellationToken cancellationToken)
    {
        var mapped = await MappingAsync(cancellationToken).ConfigureAwait(false);
        var counter = new TwinValueCounter(client, index);
        var values = new List<TwinValueFinding>();
        foreach (var fields in mapped.Mappings)
        {
            values.Add(await counter.CountAsync(fields, cancellationToken).ConfigureAwait(false));
        }

        return mapped with { Values = values };
    }
}
