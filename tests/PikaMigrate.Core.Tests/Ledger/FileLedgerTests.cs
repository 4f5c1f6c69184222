using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.Testing.Ledger;

namespace PikaMigrate.Core.Tests.Ledger;

public sealed class FileLedgerTests : LedgerConformanceTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pika-ledger-").FullName;
    private string _path = string.Empty;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    protected override LedgerConnection OpenLedger(TimeProvider time)
    {
        _path = Path.Combine(_directory, "ledger.json");
        return FileLedger.Open(_path, time);
    }

    protected override LedgerConnection OpenLedgerLike(LedgerConnection ledger, TimeProvider time) => FileLedger.Open(_path, time);

    [Fact]
    public async Task An_unreadable_ledger_file_stops_the_run_instead_of_assuming_nothing_ran()
    {
        var ledger = OpenLedger(TimeProvider.System);
        await File.WriteAllTextAsync(_path, "{\"Steps\": {\"0.11.0/B1\": ");

        var error = await Assert.ThrowsAsync<PreflightException>(() => ledger.Ledger.ReadAsync("0.11.0", CancellationToken.None));

        Assert.Contains(_path, error.Problem, StringComparison.Ordinal);
        Assert.Contains("cannot be read", error.Problem, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PreflightException>(() => ledger.Checkpoints.ReadAsync("x", CancellationToken.None));
    }

    [Fact]
    public async Task A_write_replaces_the_file_whole_and_leaves_no_temporary_behind()
    {
        var ledger = OpenLedger(TimeProvider.System);
        await ledger.Checkpoints.WriteAsync("k", "v", CancellationToken.None);

        Assert.True(File.Exists(_path));
        Assert.False(File.Exists(_path + ".tmp"));
        Assert.Contains("\"k\": \"v\"", await File.ReadAllTextAsync(_path), StringComparison.Ordinal);
    }
}
