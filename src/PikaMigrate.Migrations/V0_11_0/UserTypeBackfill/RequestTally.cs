namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>The calls this process sent (each attempt of ours; the SDK's own retries are not seen here).</summary>
internal sealed class RequestTally
{
    private long _scan;
    private long _batchGetItem;
    private long _batchExecuteStatement;

    public void Scan() => Interlocked.Increment(ref _scan);

    public void BatchGetItem() => Interlocked.Increment(ref _batchGetItem);

    public void BatchExecuteStatement() => Interlocked.Increment(ref _batchExecuteStatement);

    public BackfillRequests Snapshot() => new(Interlocked.Read(ref _scan), Interlocked.Read(ref _batchGetItem), Interlocked.Read(ref _batchExecuteStatement));
}
