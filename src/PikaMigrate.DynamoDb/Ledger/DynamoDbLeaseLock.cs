using System.Globalization;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Locking;

namespace PikaMigrate.DynamoDb.Ledger;

/// <summary>
/// The lease lock as one item (<c>pk = sk = lock</c>), taken and renewed with conditional writes: taking succeeds
/// only when no item exists or its lease has expired; renewing and releasing only while the lease id is ours.
/// </summary>
public sealed class DynamoDbLeaseLock(DynamoDbLedgerTable table, TimeProvider time) : ILeaseLock
{
    private const string Partition = "lock";

    public Task<LockAttempt> TryAcquireAsync(LockHolder request, CancellationToken cancellationToken) =>
        PutAsync(request, "attribute_not_exists(#pk) OR #expires < :now", [], cancellationToken);

    public Task<LockAttempt> TakeOverAsync(LockHolder dead, LockHolder request, CancellationToken cancellationToken) =>
        PutAsync(request, "attribute_not_exists(#pk) OR #expires < :now OR lease_id = :dead", new() { [":dead"] = new AttributeValue(dead.LeaseId) }, cancellationToken);

    public async Task<bool> RenewAsync(LockHolder renewed, CancellationToken cancellationToken)
    {
        try
        {
            await table.Client.PutItemAsync(new PutItemRequest
            {
                TableName = table.Name,
                Item = Item(renewed),
                ConditionExpression = "lease_id = :lease",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":lease"] = new AttributeValue(renewed.LeaseId) },
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(LockHolder holder, CancellationToken cancellationToken)
    {
        try
        {
            await table.Client.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = table.Name,
                Key = DynamoDbLedgerTable.Key(Partition, Partition),
                ConditionExpression = "lease_id = :lease",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":lease"] = new AttributeValue(holder.LeaseId) },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException)
        {
            // Not ours any more: nothing to release.
        }
    }

    public async Task<LockHolder?> ReadAsync(CancellationToken cancellationToken)
    {
        var item = await table.GetAsync(Partition, Partition, cancellationToken).ConfigureAwait(false);
        return item is null ? null : JsonSerializer.Deserialize<LockHolder>(item["holder"].S);
    }

    /// <summary>
    /// Writes the lease under the condition. The SDK retries a write whose answer was lost, and that retry finds the
    /// lock taken by the first attempt: a lock held under this request's own lease id is ours.
    /// </summary>
    private async Task<LockAttempt> PutAsync(LockHolder request, string condition, Dictionary<string, AttributeValue> values, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        values[":now"] = Millis(time.GetUtcNow());
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await table.Client.PutItemAsync(new PutItemRequest
                {
                    TableName = table.Name,
                    Item = Item(request),
                    ConditionExpression = condition,
                    ExpressionAttributeNames = new Dictionary<string, string> { ["#pk"] = DynamoDbLedgerTable.PartitionKey, ["#expires"] = "expires_at" },
                    ExpressionAttributeValues = values,
                }, cancellationToken).ConfigureAwait(false);
                return LockAttempt.Taken(request);
            }
            catch (ConditionalCheckFailedException)
            {
                var holder = await ReadAsync(cancellationToken).ConfigureAwait(false);
                if (holder is not null)
                {
                    return holder.LeaseId == request.LeaseId ? LockAttempt.Taken(request) : LockAttempt.HeldBy(holder);
                }

                // Released between our write and the read: try again, but do not spin.
                if (attempt > 3)
                {
                    throw;
                }
            }
        }
    }

    private static Dictionary<string, AttributeValue> Item(LockHolder holder)
    {
        var item = DynamoDbLedgerTable.Key(Partition, Partition);
        item["lease_id"] = new AttributeValue(holder.LeaseId);
        item["expires_at"] = Millis(holder.Expires);
        item["holder"] = new AttributeValue(JsonSerializer.Serialize(holder));
        return item;
    }

    private static AttributeValue Millis(DateTimeOffset value) =>
        new() { N = value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) };
}
