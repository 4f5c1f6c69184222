using Amazon.DynamoDBv2;
using PikaMigrate.Core.Ledger;

namespace PikaMigrate.DynamoDb.Ledger;

public static class DynamoDbLedger
{
    /// <summary>The step records, checkpoints and lock in one DynamoDB table, created on the first write.</summary>
    public static LedgerConnection Open(IAmazonDynamoDB client, string tableName, TimeProvider time)
    {
        var table = new DynamoDbLedgerTable(client, tableName);
        var checkpoints = new DynamoDbCheckpointStore(table);
        return new LedgerConnection(
            $"DynamoDB table {tableName}",
            new DynamoDbMigrationLedger(table),
            checkpoints,
            checkpoints,
            new DynamoDbLeaseLock(table, time));
    }
}
