using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.Cli.Tests.Ddb;

[Collection(DdbCliCollection.Name)]
public sealed class BackfillSessionMetadataCommandTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task A_full_run_prints_the_guide_block_and_types_every_session()
    {
        var scenario = await DdbCliScenario.SeedAsync(dynamo, "cli-full");

        var result = await CliHarness.RunAsync(scenario.Backfill("--yes"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = result.StandardOutput;
        string[] guideLines =
        [
            "Starting migration: Add userType to chat sessions",
            "Environment:",
            "  Stage: test",
            "  Project: cli-full",
            $"  Chat Session Table: {scenario.SessionTable}",
            $"  Chat User Table: {scenario.UserTable}",
            "Scanning chat sessions and updating with user types...",
            "Progress: 400 scanned, 370 updated, 30 skipped",
            "✅ Migration complete!",
            "Statistics:",
            "  Scanned: 400",
            "  Updated: 370",
            "  Skipped: 30 (already had user_type)",
            "  Errors: 0",
            "  User Cache Lookups: 370",
            "  User DB Lookups: 40",
            "Only DynamoDB was updated (PIKA_DOMAIN_ENDPOINT is not set)",
        ];
        var position = 0;
        foreach (var line in guideLines)
        {
            var found = text.IndexOf(line, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{line}' missing or out of order in:\n{text}");
            position = found;
        }

        Assert.Equal(scenario.ExpectedUserTypes(), await scenario.UserTypesAsync());
        Assert.Equal(["user-0009", "user-0019", "user-0029", "user-0039"], File.ReadAllLines(scenario.MissingUsersFile));
        Assert.Contains($"(ids in {scenario.MissingUsersFile})", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_shows_the_would_be_figures_and_writes_nothing()
    {
        var scenario = await DdbCliScenario.SeedAsync(dynamo, "cli-dry");
        var before = await scenario.UserTypesAsync();

        var result = await CliHarness.RunAsync(scenario.Backfill("--dry-run"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Dry run: nothing will be written.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Would update: 370", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Users missing from chat-user: 4", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(before, await scenario.UserTypesAsync());
        Assert.False(await scenario.TableExistsAsync(scenario.LedgerTable));
        Assert.False(File.Exists(scenario.MissingUsersFile));
    }

    [Fact]
    public async Task Json_prints_one_document_with_the_figures_and_human_text_on_stderr()
    {
        var scenario = await DdbCliScenario.SeedAsync(dynamo, "cli-json");

        var result = await CliHarness.RunAsync(scenario.Backfill("--yes", "--json", "--segments", "2"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var document = JsonNode.Parse(result.StandardOutput)!.AsObject();
        var outcome = document["outcome"]!;
        Assert.True((bool)outcome["succeeded"]!);
        Assert.Equal("B1", (string)outcome["step"]!["id"]!);
        Assert.Equal(400, (long)outcome["figures"]!["Scanned"]!);
        Assert.Equal(370, (long)outcome["figures"]!["Updated"]!);
        Assert.Equal(30, (long)outcome["figures"]!["Skipped"]!);
        Assert.Equal(40, (long)outcome["figures"]!["User DB Lookups"]!);
        Assert.Equal(2, (int)outcome["details"]!["segments"]!);
        Assert.Equal(scenario.MissingUsersFile, (string)outcome["details"]!["missingUsersFile"]!);
        Assert.Equal(4, outcome["details"]!["missingUsers"]!.AsArray().Count);
        Assert.True((long)outcome["details"]!["requests"]!["total"]! > 0);
        Assert.Contains("Statistics:", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_configuration_and_missing_tables_exit_2_and_write_nothing()
    {
        var seeded = await DdbCliScenario.SeedAsync(dynamo, "cli-bad");
        var before = await seeded.UserTypesAsync();
        var empty = DdbCliScenario.Empty(dynamo, "cli-bad-none");
        var noStage = CliHarness.WriteEnvFile(seeded.Variables.Where(v => v.Key != "stage").ToDictionary());
        var both = await DdbCliScenario.SeedAsync(dynamo, "cli-bad-both", GuideShape.Small with { Sessions = 10 });
        await new DynamoDbSeeder(both.Admin).SeedAsync(both.Dataset, $"cli-bad-both-test-chat-session", $"cli-bad-both-test-chat-user", default);
        (string[] Args, string Expected)[] cases =
        [
            (["ddb", "backfill-session-metadata", "--env-file", Path.Combine(seeded.WorkDirectory, "absent.env"), "--yes"], "does not exist"),
            (["ddb", "backfill-session-metadata", "--env-file", noStage, "--yes"], "Missing required environment variables: stage"),
            (seeded.Backfill("--yes", "--segments", "0"), "--segments takes a whole number from 1 to 1000000; '0' is not one."),
            (seeded.Backfill("--yes", "--session-table", "no-such-table"), "'no-such-table' given with --session-table does not exist"),
            (empty.Backfill("--yes"), "No chat-session table found"),
            (both.Backfill("--yes"), "is ambiguous"),
        ];

        foreach (var (args, expected) in cases)
        {
            var result = await CliHarness.RunAsync(args);

            Assert.True(result.ExitCode == 2, $"{string.Join(' ', args)}\n{result}");
            Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
            Assert.Contains("Nothing was written.", result.StandardError, StringComparison.Ordinal);
        }

        Assert.Equal(before, await seeded.UserTypesAsync());
        foreach (var scenario in new[] { seeded, empty, both })
        {
            Assert.False(await scenario.TableExistsAsync(scenario.LedgerTable), scenario.LedgerTable);
            Assert.False(File.Exists(scenario.MissingUsersFile));
        }
    }
}
