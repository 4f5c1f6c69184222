using System.Diagnostics;
using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Ddb;

/// <summary>The real thing: the CLI as its own process, killed with SIGKILL mid-run, then run again.</summary>
[Collection(DdbCliCollection.Name)]
public sealed class BackfillSigkillTests(DynamoDbLocalFixture dynamo)
{
    private const string FirstCheckpoint = "0.11.0/B1/segment-0";

    [Fact]
    public async Task A_run_killed_after_its_first_checkpoint_is_finished_by_the_next_run()
    {
        var scenario = await DdbCliScenario.SeedAsync(dynamo, "cli-sigkill", DdbCliScenario.SmallGuideShape with { Sessions = 600, Users = 60, PreTyped = 40 });
        var ledger = Path.Combine(scenario.WorkDirectory, "ledger.json");
        var args = scenario.Backfill("--yes", "--segments", "1", "--scan-page-size", "50", "--ledger", $"file:{ledger}");

        using (var child = Start(args))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!HasCheckpoint(ledger, FirstCheckpoint))
            {
                Assert.False(child.HasExited, $"the run ended (exit {(child.HasExited ? child.ExitCode : 0)}) before its first checkpoint");
                Assert.True(DateTime.UtcNow < deadline, "no checkpoint within 60 s");
                await Task.Delay(20);
            }

            child.Kill();
            await child.WaitForExitAsync();
        }

        var atKill = await scenario.UserTypesAsync();
        Assert.True(HasCheckpoint(ledger, FirstCheckpoint), "the killed run had already finished; nothing was resumed");
        Assert.Contains(atKill.Values, v => v is null);
        ExpireLease(ledger);

        var rerun = await CliHarness.RunAsync(args);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains("Resuming the interrupted run", rerun.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Scanned: 600", rerun.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(scenario.ExpectedUserTypes(), await scenario.UserTypesAsync());
        Assert.Equal(
            Enumerable.Range(0, 60).Where(scenario.Dataset.IsMissingUser).Select(Sandbox.Dataset.PikaDataset.UserId),
            File.ReadAllLines(scenario.MissingUsersFile));
        Assert.False(HasCheckpoint(ledger, FirstCheckpoint));
    }

    private static Process Start(string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pika-migrate.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        // Drain the pipes so the child never blocks on a full one.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>Moves time past the killed run's lease (60 s after its last heartbeat) instead of waiting for it.</summary>
    private static void ExpireLease(string ledger)
    {
        var document = JsonNode.Parse(File.ReadAllText(ledger))!;
        document["Lock"]!["Expires"] = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(ledger + ".tmp", document.ToJsonString());
        File.Move(ledger + ".tmp", ledger, overwrite: true);
    }

    private static bool HasCheckpoint(string ledger, string key)
    {
        if (!File.Exists(ledger))
        {
            return false;
        }

        try
        {
            // The ledger file is replaced atomically (rename), so a read sees a whole document.
            return JsonNode.Parse(File.ReadAllText(ledger))?["Checkpoints"]?[key] is not null;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
