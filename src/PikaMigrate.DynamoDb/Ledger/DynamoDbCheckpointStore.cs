using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Checkpoints;

namespace PikaMigrate.DynamoDb.Ledger;

/// <summary>Checkpoints as items <c>pk = checkpoint</c>, <c>sk = &lt;key&gt;</c>; PutItem is durable once acknowledged.</summary>
public sealed class DynamoDbCheckpointStore(DynamoDbLedgerTable table) : ICheckpointStore, ICheckpointListing
{
    private const string Partition = "checkpoint";

    public async Task<string?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var item = await table.GetAsync(Partition, key, cancellationToken).ConfigureAwait(false);
        return item?["value"].S;
    }

    public async Task WriteAsync(string key, string value, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var item = DynamoDbLedgerTable.Key(Partition, key);
        item["value"] = new AttributeValue(value);
        await table.Client.PutItemAsync(new PutItemRequest { TableName = table.Name, Item = item }, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        await table.Client.DeleteItemAsync(new DeleteItemRequest { TableName = table.Name, Key = DynamoDbLedgerTable.Key(Partition, key) }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        var items = await table.QueryAsync(Partition, cancellationToken, sortKeyPrefix: prefix).ConfigureAwait(false);
        return [.. items.Select(item => KeyValuePair.Create(item[DynamoDbLedgerTable.SortKey].S, item["value"].S))];
    }
}
