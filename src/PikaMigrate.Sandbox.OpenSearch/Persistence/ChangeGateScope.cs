namespace PikaMigrate.Sandbox.OpenSearch.Persistence;

/// <summary>Holds the log's change gate in read mode for one change (no-op without persistence).</summary>
internal readonly struct ChangeGateScope : IDisposable
{
    private readonly ReaderWriterLockSlim? _gate;

    public ChangeGateScope(IOperationLog? log)
    {
        _gate = log?.ChangeGate;
        _gate?.EnterReadLock();
    }

    public void Dispose() => _gate?.ExitReadLock();
}
