namespace PikaMigrate.Core.Ledger.File;

public static class FileLedger
{
    /// <summary>The step records, checkpoints and lock, all in one JSON file.</summary>
    public static LedgerConnection Open(string path, TimeProvider time)
    {
        var file = new LedgerFile(path);
        return new LedgerConnection($"ledger file {file.Path}", new FileMigrationLedger(file), new FileCheckpointStore(file), new FileLeaseLock(file, time));
    }
}
