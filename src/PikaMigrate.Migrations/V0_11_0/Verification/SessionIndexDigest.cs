using System.Text.Json;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.OpenSearch.Digests;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Migrations.V0_11_0.Verification;

/// <summary>
/// The additive-only baseline of the session index: a digest of the id and original fields of every session document
/// created before the baseline, taken before and after the migration, the two must be equal. Left out: the fields the
/// migration adds (the three twins and user_type) and last_index_date, which the indexing Lambda rewrites on every write.
/// </summary>
public sealed class SessionIndexDigest(OpenSearchClient client, string index) : IStoreBaseline
{
    public const string StoreName = "opensearch";

    public static readonly IReadOnlyList<string> ExcludedFields =
        [.. KeywordTwin.All.Select(p => p.Twin), KeywordTwin.UserType.Source, "last_index_date"];

    private static readonly IReadOnlySet<string> Excluded = new HashSet<string>(ExcludedFields, StringComparer.Ordinal);

    /// <summary>The ledger's key for this baseline; the same whichever command records it first.</summary>
    public string Name => StoreIdentity.Describe(StoreKind.OpenSearch, index);

    public IStoreIdentityReader Identity => new IndexIdentityReader(client, index);

    public async Task<StoreDigest> ComputeAsync(DateTimeOffset createdBefore, IStepReporter reporter, CancellationToken cancellationToken)
    {
        await OpenSearchPreflight.RequireIndexAsync(client, index, cancellationToken).ConfigureAwait(false);
        var (digest, since) = await IndexDigest.ComputeAsync(
            client,
            index,
            SessionDocuments.IdField,
            Excluded,
            source => SessionCreation.IsBefore(
                source.ValueKind == JsonValueKind.Object && source.TryGetProperty(SessionCreation.Field, out var created) && created.ValueKind == JsonValueKind.String ? created.GetString() : null,
                createdBefore),
            new ReporterProgress(reporter),
            cancellationToken).ConfigureAwait(false);
        return new StoreDigest(StoreName, index, digest, ExcludedFields, since);
    }
}
