namespace PikaMigrate.Core.Ledger.File;

public sealed class FileMigrationLedger(LedgerFile file) : IMigrationLedger
{
    public Task<IReadOnlyList<StepRecord>> ReadAsync(string migration, CancellationToken cancellationToken) =>
        file.ReadAsync<IReadOnlyList<StepRecord>>(
            document => [.. document.Steps.Values.Where(s => s.Migration == migration)],
            cancellationToken);

    public Task WriteAsync(StepRecord record, CancellationToken cancellationToken) =>
        file.UpdateAsync(
            document =>
            {
                document.Steps[$"{record.Migration}/{record.StepId}"] = record;
                return (true, true);
            },
            cancellationToken);
}
