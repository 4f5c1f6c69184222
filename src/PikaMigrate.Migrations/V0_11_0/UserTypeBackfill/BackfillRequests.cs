namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>DynamoDB calls one run sent, by kind.</summary>
public sealed record BackfillRequests(long Scan, long BatchGetItem, long BatchExecuteStatement)
{
    public long Total => Scan + BatchGetItem + BatchExecuteStatement;
}
