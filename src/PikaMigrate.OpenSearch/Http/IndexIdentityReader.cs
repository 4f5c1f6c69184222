using PikaMigrate.Core.Migrations;

namespace PikaMigrate.OpenSearch.Http;

/// <summary>An index as a store whose incarnation the ledger keeps: its uuid and creation date.</summary>
public sealed class IndexIdentityReader(OpenSearchClient client, string index) : IStoreIdentityReader
{
    public StoreKind Kind => StoreKind.OpenSearch;

    public string Name => index;

    public Task<StoreIdentity?> ReadAsync(CancellationToken cancellationToken) => client.GetIndexIdentityAsync(index, cancellationToken);
}
