namespace PikaMigrate.Core.Ledger.JsonFile;

public sealed class FileMigrationLedger(LedgerFile file) : IMigrationLedger
{
    public Task<IReadOnlyList<StepRecord>> ReadAsync(string version, CancellationToken cancellationToken) =>
        file.ReadAsync<IReadOnlyList<StepRecord>>(
            document => [.. document.Steps.Values.Where(s => s.Version == version)],
            cancellationToken);

    public Task WriteAsync(StepRecord record, CancellationToken cancellationToken) =>
        file.UpdateAsync(
            document =>
            {
                document.Steps[$"{record.Version}/{record.StepId}"] = record;
                return (true, true);
            },
            cancellationToken);
}
