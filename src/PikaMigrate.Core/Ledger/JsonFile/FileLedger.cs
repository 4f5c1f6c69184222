namespace PikaMigrate.Core.Ledger.JsonFile;

public static class FileLedger
{
    /// <summary>The step records, checkpoints and lock, all in one JSON file.</summary>
    public static LedgerConnection Open(string path, TimeProvider time)
    {
        var file = new LedgerFile(path, time);
        var checkpoints = new FileCheckpointStore(file);
        return new LedgerConnection($"ledger file {file.Path}", new FileMigrationLedger(file), checkpoints, checkpoints, new FileLeaseLock(file, time));
    }
}
