using System.Text.RegularExpressions;
using PikaMigrate.Cli.Tests.Harness;

namespace PikaMigrate.Cli.Tests.Sandbox;

/// <summary><c>demo</c> starts its own stores, so it needs no fixture and runs beside the other collections.</summary>
public sealed partial class DemoCommandTests
{
    [Fact]
    public async Task A_small_demo_seeds_migrates_and_ends_with_a_passing_verify()
    {
        var result = await CliHarness.RunAsync(["demo", "--sessions", "400", "--users", "40", "--pre-typed", "20"]);
        var filesLine = FilesItWrote().Match(result.StandardOutput);
        if (filesLine.Success)
        {
            Directory.Delete(filesLine.Groups[1].Value.Trim(), recursive: true);
        }

        Shows.Exit(result, 0);
        Shows.InOrder(
            result,
            "Seeding a 0.10.x-era dataset (400 sessions, 40 users, 20 already typed)...",
            "400 sessions in chat-session-pika-sandbox, 36 users in chat-user-pika-sandbox (4 users missing)",
            "▶ A1 update-session-mapping",
            "▶ B1 backfill-session-metadata",
            "Updated: 380",
            "▶ A2 copy-to-keyword-fields",
            "Verify 0.11.0:",
            "✅ Fully migrated to 0.11.0: all 10 checks hold.",
            "Session Analytics",
            "user types external-user",
            "modes chat-app, undefined",
            "Key metrics",
            "Top chat apps by cost",
            "Cost by invocation mode",
            "Cost by source",
            "Demo complete in",
            "Then the analytics: ./pika-migrate analytics --env-file .sandbox/.env.local, or the dashboard: ./pika-migrate analytics serve --env-file .sandbox/.env.local --open");
        var afterSummary = result.StandardOutput[result.StandardOutput.IndexOf("Demo complete in", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(afterSummary, line => Assert.Matches("^(Demo complete in|Files it wrote|Step by step|Then the analytics)", line));
    }

    [GeneratedRegex(@"Files it wrote \(missing users\): (.+)")]
    private static partial Regex FilesItWrote();
}
