using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Cli.Tests.Migration;
using PikaMigrate.Testing;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Cli.Tests.TestMigrations.V0_0_1_Test;

/// <summary>
/// The migration this folder adds is known to every command once its catalog line is in: plan, migrate, verify and
/// status show it, and each of its steps has a command of its own, against DynamoDB Local and the engine.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class MarkerMigrationTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    private const string Version = "0.0.1-test";

    [Fact]
    public async Task Plan_migrate_verify_and_status_know_it()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-marker");

        var plan = await scenario.RunAsync(Whole(scenario, "plan"));
        var migrate = await scenario.RunAsync(Whole(scenario, "migrate", "--yes"));
        var verify = await scenario.RunAsync(Whole(scenario, "verify"));
        var status = await scenario.RunAsync(scenario.Status("--json"));

        Shows.Exit(plan, 0);
        Shows.InOrder(
            plan,
            "Migration 0.0.1-test: Test only: a marker on every chat session and in the session mapping",
            $"Chat Session Table: {scenario.SessionTable}",
            "Plan for 0.0.1-test (nothing has been written):",
            "• T1 stamp-test-sessions: 400 of 400 sessions would get test_marker",
            $"• T2 map-test-marker: would add test_marker as keyword to '{scenario.Index}'",
            "Run `pika-migrate migrate 0.0.1-test` to apply it");
        Assert.DoesNotContain("Chat User Table", plan.StandardOutput, StringComparison.Ordinal);
        Shows.Exit(migrate, 0);
        Shows.InOrder(migrate, "▶ T1 stamp-test-sessions", "400 sessions stamped", "▶ T2 map-test-marker", "Verify 0.0.1-test:", "✅ Fully migrated to 0.0.1-test: all 2 checks hold.");
        Shows.Exit(verify, 0);
        Shows.Text(verify, "✓ chat-session items have test_marker: 0 of 400 sessions lack it");
        Shows.Text(verify, "✓ test_marker is mapped as keyword: test_marker: keyword");
        Assert.Equal(400, await scenario.Admin.CountWithAsync(scenario.SessionTable, MarkerMigration.Marker));
        Assert.Contains("\"test_marker\":{\"type\":\"keyword\"}", await scenario.MappingAsync(), StringComparison.Ordinal);

        Shows.Exit(status, 0);
        var migrations = JsonNode.Parse(status.StandardOutput)!["migrations"]!.AsArray();
        var states = migrations.ToDictionary(
            m => (string)m!["version"]!,
            m => string.Join(",", m!["steps"]!.AsArray().Select(s => $"{s!["step"]!["id"]}={s["state"]}")));
        Assert.Equal("T1=succeeded,T2=succeeded", states[Version]);
        Assert.Equal("A1=pending,B1=pending,A2=pending", states["0.11.0"]);
    }

    [Fact]
    public async Task Each_step_has_its_own_command_with_its_options()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-marker-steps");

        var help = await scenario.RunAsync(["ddb", "--help"]);
        var stamp = await scenario.RunAsync(scenario.Step("ddb", "stamp-test-sessions", "--yes", "--marker", "by-hand"));
        var dryMap = await scenario.RunAsync(scenario.Step("os", "map-test-marker", "--dry-run", "--json"));
        var empty = await scenario.RunAsync(scenario.Step("os", "map-test-marker", "--marker", " "));

        Shows.Text(help, "stamp-test-sessions");
        Shows.Text(help, "backfill-session-metadata");
        Shows.Exit(stamp, 0);
        Shows.Text(stamp, "400 sessions stamped");
        Assert.All(await scenario.Admin.ScanAllAsync(scenario.SessionTable), item => Assert.Equal("by-hand", item[MarkerMigration.Marker].S));
        Shows.Exit(dryMap, 0);
        var plan = JsonNode.Parse(dryMap.StandardOutput)!;
        Assert.Equal(Version, (string)plan["migration"]!);
        Assert.Equal("pika-migrate os map-test-marker", (string)plan["plan"]!["step"]!["command"]!);
        Assert.DoesNotContain(MarkerMigration.Marker, await scenario.MappingAsync(), StringComparison.Ordinal);
        Shows.Exit(empty, 2);
        Shows.Error(empty, "--marker is given an empty value; it takes the value to stamp (default: the migration's version).");
    }

    /// <summary><c>plan</c>, <c>migrate</c> or <c>verify</c> of this migration against the scenario's deployment and ledger file.</summary>
    private static string[] Whole(MigrationScenario scenario, string command, params string[] options) =>
        [command, Version, "--env-file", scenario.EnvFile, "--index", scenario.Index, "--ledger", "file:" + scenario.Ledger.Path, .. options];
}
