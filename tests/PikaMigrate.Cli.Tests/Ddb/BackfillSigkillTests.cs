using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.Cli.Tests.Ddb;

/// <summary>The real thing: the CLI as its own process, killed with SIGKILL mid-run, then run again.</summary>
[Collection(DdbCliCollection.Name)]
public sealed class BackfillSigkillTests(DynamoDbLocalFixture dynamo)
{
    private const string FirstCheckpoint = "0.11.0/B1/segment-0";

    [Fact]
    public async Task A_run_killed_after_its_first_checkpoint_is_finished_by_the_next_run()
    {
        var scenario = await DdbCliScenario.SeedAsync(dynamo, "cli-sigkill", GuideShape.Small with { Sessions = 600, Users = 60, PreTyped = 40 });
        var ledger = new LedgerFileView(Path.Combine(scenario.WorkDirectory, "ledger.json"));
        var args = scenario.Backfill("--yes", "--segments", "1", "--scan-page-size", "50", "--ledger", $"file:{ledger.Path}");

        using (var child = CliProcess.Start(args))
        {
            await child.WaitUntilAsync(() => Task.FromResult(ledger.Checkpoint(FirstCheckpoint) is not null), "its first checkpoint", TimeSpan.FromSeconds(60));
            await child.KillAsync();
        }

        var atKill = await scenario.UserTypesAsync();
        Assert.True(ledger.Checkpoint(FirstCheckpoint) is not null, "the killed run had already finished; nothing was resumed");
        Assert.Contains(atKill.Values, v => v is null);

        // Moves time past the killed run's lease (60 s after its last heartbeat) instead of waiting for it.
        ledger.SetLeaseExpiry(DateTimeOffset.UtcNow.AddSeconds(-1));

        var rerun = await CliHarness.RunAsync(args);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains("Resuming the interrupted run", rerun.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Scanned: 600", rerun.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(scenario.ExpectedUserTypes(), await scenario.UserTypesAsync());
        Assert.Equal(scenario.Dataset.MissingUserIds(), File.ReadAllLines(scenario.MissingUsersFile));
        Assert.Null(ledger.Checkpoint(FirstCheckpoint));
    }
}
