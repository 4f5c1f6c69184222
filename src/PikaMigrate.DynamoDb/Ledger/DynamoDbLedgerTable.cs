using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using PikaMigrate.Core;
using PikaMigrate.Core.Ledger;
using PikaMigrate.DynamoDb.Retries;

namespace PikaMigrate.DynamoDb.Ledger;

/// <summary>
/// The ledger table <c>pika-migrations-&lt;project&gt;-&lt;stage&gt;</c> (keys <c>pk</c>, <c>sk</c>; on-demand billing),
/// created on the first write. Step records, checkpoints and the lock are items in it.
/// </summary>
public sealed class DynamoDbLedgerTable(IAmazonDynamoDB client, string tableName)
{
    public const string PartitionKey = "pk";
    public const string SortKey = "sk";

    // DynamoDB Local creates tables ACTIVE; AWS takes seconds, rarely a minute: poll fast first, then back off.
    private static readonly DynamoDbRetryOptions Activation = new() { MaxRetries = 70, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromSeconds(1) };

    private readonly SemaphoreSlim _creation = new(1, 1);
    private readonly DynamoDbRetry _reads = new(new DynamoDbRetryOptions());
    private readonly DynamoDbRetry _activation = new(Activation);
    private volatile bool _exists;

    public IAmazonDynamoDB Client { get; } = client;

    public string Name { get; } = tableName;

    public static string DefaultName(string stackName) => $"pika-migrations-{stackName}";

    public static Dictionary<string, AttributeValue> Key(string partition, string sort) => new()
    {
        [PartitionKey] = new AttributeValue(partition),
        [SortKey] = new AttributeValue(sort),
    };

    /// <summary>Reads one item (strongly consistent); null when it or the table does not exist.</summary>
    public async Task<Dictionary<string, AttributeValue>?> GetAsync(string partition, string sort, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _reads.ExecuteAsync(token => ReachAsync(() => Client.GetItemAsync(new GetItemRequest
            {
                TableName = Name,
                Key = Key(partition, sort),
                ConsistentRead = true,
            }, token), token), cancellationToken).ConfigureAwait(false);
            return response.IsItemSet ? response.Item : null;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
        catch (AmazonServiceException e) when (!DynamoDbErrors.IsTransient(e, cancellationToken))
        {
            throw Unreadable(e);
        }
    }

    /// <summary>Every item of a partition, or of its sort keys starting with a prefix (strongly consistent); empty when the table does not exist.</summary>
    public async Task<List<Dictionary<string, AttributeValue>>> QueryAsync(string partition, CancellationToken cancellationToken, string? sortKeyPrefix = null)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        try
        {
            Dictionary<string, AttributeValue>? start = null;
            do
            {
                var request = new QueryRequest
                {
                    TableName = Name,
                    KeyConditionExpression = sortKeyPrefix is { Length: > 0 } ? "#pk = :pk AND begins_with(#sk, :prefix)" : "#pk = :pk",
                    ExpressionAttributeNames = sortKeyPrefix is { Length: > 0 }
                        ? new Dictionary<string, string> { ["#pk"] = PartitionKey, ["#sk"] = SortKey }
                        : new Dictionary<string, string> { ["#pk"] = PartitionKey },
                    ExpressionAttributeValues = sortKeyPrefix is { Length: > 0 }
                        ? new Dictionary<string, AttributeValue> { [":pk"] = new AttributeValue(partition), [":prefix"] = new AttributeValue(sortKeyPrefix) }
                        : new Dictionary<string, AttributeValue> { [":pk"] = new AttributeValue(partition) },
                    ConsistentRead = true,
                    ExclusiveStartKey = start,
                };
                var response = await _reads.ExecuteAsync(token => ReachAsync(() => Client.QueryAsync(request, token), token), cancellationToken).ConfigureAwait(false);
                items.AddRange(response.Items ?? []);
                start = response.LastEvaluatedKey is { Count: > 0 } next ? next : null;
            }
            while (start is not null);
        }
        catch (ResourceNotFoundException)
        {
            return [];
        }
        catch (AmazonServiceException e) when (!DynamoDbErrors.IsTransient(e, cancellationToken))
        {
            throw Unreadable(e);
        }

        return items;
    }

    /// <summary>Creates the table on first use and waits until it is active.</summary>
    public async Task EnsureExistsAsync(CancellationToken cancellationToken)
    {
        if (_exists)
        {
            return;
        }

        await _creation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_exists)
            {
                return;
            }

            var status = await StatusAsync(cancellationToken).ConfigureAwait(false);
            if (status is null)
            {
                try
                {
                    var created = await Client.CreateTableAsync(new CreateTableRequest
                    {
                        TableName = Name,
                        BillingMode = BillingMode.PAY_PER_REQUEST,
                        KeySchema = [new KeySchemaElement(PartitionKey, KeyType.HASH), new KeySchemaElement(SortKey, KeyType.RANGE)],
                        AttributeDefinitions =
                        [
                            new AttributeDefinition(PartitionKey, ScalarAttributeType.S),
                            new AttributeDefinition(SortKey, ScalarAttributeType.S),
                        ],
                    }, cancellationToken).ConfigureAwait(false);
                    status = created.TableDescription.TableStatus?.Value;
                }
                catch (ResourceInUseException)
                {
                    // Another run created it at the same moment.
                }
                catch (AmazonServiceException e) when (DynamoDbErrors.IsAccessDenied(e))
                {
                    throw new PreflightException(
                        $"Not allowed to create the ledger table '{Name}': {e.Message}",
                        $"Grant dynamodb:CreateTable, DescribeTable, GetItem, PutItem, DeleteItem and Query on '{Name}', create it yourself (keys pk and sk, strings), or keep the ledger in a file with --ledger file:PATH.",
                        e);
                }
            }

            if (!IsActive(status))
            {
                var stillCreating = await _activation.RunAsync<string>(
                    [Name],
                    async (table, token) => IsActive(await StatusAsync(token).ConfigureAwait(false)) ? [] : table,
                    cancellationToken).ConfigureAwait(false);
                if (stillCreating.Count > 0)
                {
                    throw new PreflightException(
                        $"The ledger table '{Name}' did not become active in time.",
                        $"Check its status in the DynamoDB console and run again once it is ACTIVE, or keep the ledger in a file with --ledger file:PATH.");
                }
            }

            _exists = true;
        }
        finally
        {
            _creation.Release();
        }
    }

    /// <summary>Deletes the table and all it records (the sandbox's ledger, when its data is replaced); nothing when it does not exist.</summary>
    public async Task DeleteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Client.DeleteTableAsync(Name, cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
        }

        _exists = false;
    }

    private async Task<string?> StatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await Client.DescribeTableAsync(Name, cancellationToken).ConfigureAwait(false);
            return response.Table.TableStatus?.Value;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// A read, with no answer at all turned into <see cref="LedgerUnreachableException"/>: the SDK has retried it, so it
    /// is not sent again, and the operator learns which ledger and endpoint could not be reached.
    /// </summary>
    private async Task<T> ReachAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (DynamoDbErrors.IsUnreachable(e, cancellationToken))
        {
            throw new LedgerUnreachableException(
                $"The ledger, DynamoDB table '{Name}' at {DynamoDbErrors.Endpoint(Client)}, cannot be reached: {e.Message}",
                "Check AWS_REGION, AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL and the network, or keep the ledger in a file: --ledger file:PATH.",
                e);
        }
    }

    private static bool IsActive(string? status) => string.Equals(status, TableStatus.ACTIVE.Value, StringComparison.Ordinal);

    private PreflightException Unreadable(AmazonServiceException e) => new(
        $"The ledger table '{Name}' cannot be read: {e.Message}",
        $"Grant dynamodb:GetItem and Query on '{Name}' (and CreateTable, PutItem, DeleteItem for runs), or point --ledger at the ledger the migration uses. pika-migrate never assumes nothing ran.",
        e);
}
