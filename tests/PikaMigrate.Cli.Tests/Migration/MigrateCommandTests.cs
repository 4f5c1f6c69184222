using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Cli.Tests.Migration;

[Collection(MigrationCollection.Name)]
public sealed class MigrateCommandTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Migrates_both_stores_verifies_and_a_second_run_skips_every_step()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-full", fileLedger: false);
        var before = await scenario.RunAsync(scenario.Status());
        var pending = StatusReport.Parse(await scenario.RunAsync(scenario.Status("--json")));

        var migrate = await scenario.RunAsync(scenario.Command("migrate", "--yes", "--output-dir", scenario.WorkDirectory));
        var verify = await scenario.RunAsync(scenario.Command("verify"));
        var status = await scenario.RunAsync(scenario.Status());
        var done = StatusReport.Parse(await scenario.RunAsync(scenario.Status("--json")));

        Shows.Exit(migrate, 0);
        Shows.InOrder(
            migrate,
            "▶ A1 update-session-mapping",
            "✅ Mapping update complete!",
            "▶ B1 backfill-session-metadata",
            "Updated: 370",
            "▶ A2 copy-to-keyword-fields",
            "✅ Field copy complete!",
            "Verify 0.11.0:",
            "✅ Fully migrated to 0.11.0: all 10 checks hold.");
        Shows.Exit(verify, 0);
        Shows.Text(verify, "✓ user_type_keyword equals user_type: 0 of 400 documents with user_type lack user_type_keyword, 0 hold another value");
        Shows.Text(verify, "✅ Fully migrated to 0.11.0: all 10 checks hold.");
        await scenario.AssertMigratedAsync();
        var missingUsers = scenario.Dataset.MissingUserIds();
        var types = await scenario.Admin.UserTypesAsync(scenario.SessionTable);
        Assert.All(
            scenario.Dataset.Sessions().Where(s => s.UserType is null && missingUsers.Contains(s.UserId)),
            s => Assert.Equal("external-user", types[s.SessionId]));
        Assert.Equal(missingUsers, File.ReadAllLines(Path.Combine(scenario.WorkDirectory, Path.GetFileName(scenario.MissingUsersFileOfThisProcess))));
        Assert.False(File.Exists(scenario.MissingUsersFileOfThisProcess), "--output-dir was ignored");

        Assert.Equal("pending", StatusTable.State(before, "update-session-mapping"));
        Assert.Equal(["pending", "pending", "pending"], [pending.States["A1"], pending.States["B1"], pending.States["A2"]]);
        Assert.Equal(["succeeded", "succeeded", "succeeded"], [done.States["A1"], done.States["B1"], done.States["A2"]]);
        Assert.False(done.Locked);
        Assert.DoesNotContain(done.Checkpoints.Keys, k => !k.StartsWith("0.11.0/baseline/", StringComparison.Ordinal));
        foreach (var step in new[] { "update-session-mapping", "backfill-session-metadata", "copy-to-keyword-fields" })
        {
            Assert.Equal("succeeded", StatusTable.State(status, step));
        }

        Shows.Text(status, "Lock: free.");

        var again = await scenario.RunAsync(scenario.Command("migrate", "--yes"));

        Shows.Exit(again, 0);
        Shows.InOrder(
            again,
            "✓ A1 update-session-mapping: already done",
            "✓ B1 backfill-session-metadata: already done",
            "✓ A2 copy-to-keyword-fields: already done",
            "✅ Fully migrated to 0.11.0: all 10 checks hold.");
        Assert.DoesNotContain("▶", again.StandardOutput, StringComparison.Ordinal);
        await scenario.AssertMigratedAsync();
    }

    [Fact]
    public async Task Plan_shows_each_steps_counts_and_writes_nothing()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-plan", fileLedger: false);
        var ledgerFile = Path.Combine(scenario.WorkDirectory, "plan-ledger.json");
        var withInvocationMode = scenario.Dataset.Sessions().Count(s => s.InvocationMode is not null);

        var plan = await scenario.RunAsync(scenario.Command("plan"));
        var json = await scenario.RunAsync(scenario.Command("plan", "--json", "--ledger", "file:" + ledgerFile));

        Shows.Exit(plan, 0);
        Shows.InOrder(
            plan,
            "Plan for 0.11.0 (nothing has been written):",
            $"• A1 update-session-mapping: would add invocation_mode_keyword, user_type_keyword, source_keyword as keyword to '{scenario.Index}'",
            "would add: 3",
            "• B1 backfill-session-metadata: 370 sessions would get user_type (40 distinct users, 4 missing from chat-user); 30 already have it",
            "Would update: 370",
            "Skipped: 30",
            "• A2 copy-to-keyword-fields:",
            $"would copy invocation_mode: {withInvocationMode}",
            "would copy user_type: 30",
            "would copy source: 400",
            "Run `pika-migrate migrate 0.11.0` to apply it");
        Shows.Exit(json, 0);
        var steps = System.Text.Json.Nodes.JsonNode.Parse(json.StandardOutput)!["steps"]!.AsArray();
        Assert.Equal(["A1", "B1", "A2"], steps.Select(s => (string)s!["step"]!["id"]!));
        Assert.All(steps, s => Assert.True((bool)s!["willRun"]!));
        Assert.Equal(3, (long)steps[0]!["plan"]!["figures"]!["would add"]!);
        Assert.Equal(370, (long)steps[1]!["plan"]!["figures"]!["Would update"]!);
        Assert.Equal(400, (long)steps[2]!["plan"]!["figures"]!["would copy source"]!);

        await scenario.AssertUntouchedAsync();
        Assert.False(await scenario.LedgerExistsAsync(), $"plan created the ledger table {scenario.LedgerTable}");
        Assert.False(File.Exists(ledgerFile), "plan created the ledger file");
        Assert.False(File.Exists(scenario.MissingUsersFileOfThisProcess), "plan wrote the missing-users file");
    }

    [Fact]
    public async Task A_dry_run_and_a_run_nobody_confirms_write_nothing()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-dry", fileLedger: false);

        var dryRun = await scenario.RunAsync(scenario.Command("migrate", "--dry-run"));
        var unconfirmed = await scenario.RunAsync(scenario.Command("migrate"));

        Shows.Exit(dryRun, 0);
        Shows.Text(dryRun, "Plan for 0.11.0 (nothing has been written):");
        Shows.Text(dryRun, "Would update: 370");
        Assert.DoesNotContain("▶", dryRun.StandardOutput, StringComparison.Ordinal);
        Shows.Exit(unconfirmed, 130);
        Shows.InOrder(unconfirmed, "Plan for 0.11.0 (nothing has been written):", "Not applied: nobody is at a terminal to confirm. Re-run with --yes");
        Assert.DoesNotContain("▶", unconfirmed.StandardOutput, StringComparison.Ordinal);
        await scenario.AssertUntouchedAsync();
        Assert.False(await scenario.LedgerExistsAsync(), $"the ledger table {scenario.LedgerTable} was created");
        Assert.False(File.Exists(scenario.MissingUsersFileOfThisProcess), "the missing-users file was written");
    }
}
