using Amazon.DynamoDBv2;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.DynamoDb;

/// <summary>A table as a store whose incarnation the ledger keeps: its ARN and creation time (DescribeTable).</summary>
public sealed class TableIdentityReader(IAmazonDynamoDB client, string tableName) : IStoreIdentityReader
{
    public StoreKind Kind => StoreKind.DynamoDb;

    public string Name => tableName;

    public async Task<StoreIdentity?> ReadAsync(CancellationToken cancellationToken)
    {
        var table = await new DynamoDbTableCatalog(client).DescribeAsync(tableName, cancellationToken).ConfigureAwait(false);
        if (table is null)
        {
            return null;
        }

        var identity = TableIdentity.Of(table);
        return new StoreIdentity(Kind, tableName, identity.Arn, DateTimeOffset.FromUnixTimeMilliseconds(identity.CreatedUnixMilliseconds));
    }
}
