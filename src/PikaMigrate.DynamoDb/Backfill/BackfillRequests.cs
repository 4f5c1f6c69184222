namespace PikaMigrate.DynamoDb.Backfill;

/// <summary>DynamoDB calls one run sent, by kind.</summary>
public sealed record BackfillRequests(long Scan, long BatchGetItem, long BatchExecuteStatement)
{
    public long Total => Scan + BatchGetItem + BatchExecuteStatement;
}
