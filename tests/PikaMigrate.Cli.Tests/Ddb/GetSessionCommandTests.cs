using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.Cli.Tests.Ddb;

[Collection(DdbCliCollection.Name)]
public sealed class GetSessionCommandTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task Prints_the_item_with_session_attributes_masked_by_scan_or_by_key()
    {
        var scenario = await DdbCliScenario.SeedAsync(dynamo, "cli-get", GuideShape.Small with { Sessions = 60 });
        var session = scenario.Dataset.Sessions().Skip(42).First();

        var byScan = await CliHarness.RunAsync(["ddb", "get", "session", session.SessionId, "--env-file", scenario.EnvFile]);
        var byKey = await CliHarness.RunAsync(["ddb", "get", "session", session.SessionId, "--user-id", session.UserId, "--env-file", scenario.EnvFile, "--json"]);
        var missing = await CliHarness.RunAsync(["ddb", "get", "session", "no-such-session", "--env-file", scenario.EnvFile]);

        Assert.True(byScan.ExitCode == 0, byScan.ToString());
        Assert.Contains("found by a scan", byScan.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"\"session_id\": \"{session.SessionId}\"", byScan.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"token\": \"***\"", byScan.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("user_type: (missing", byScan.StandardOutput, StringComparison.Ordinal);
        Assert.True(byKey.ExitCode == 0, byKey.ToString());
        var document = JsonNode.Parse(byKey.StandardOutput)!;
        Assert.Equal("key", (string)document["foundBy"]!);
        Assert.Equal(session.Title, (string)document["item"]!["title"]!);
        Assert.Equal("***", (string)document["item"]!["session_attributes"]!["first_name"]!);
        foreach (var output in new[] { byScan.StandardOutput, byKey.StandardOutput, byKey.StandardError })
        {
            Assert.DoesNotContain(session.Token, output, StringComparison.Ordinal);
            Assert.DoesNotContain(session.FirstName, output, StringComparison.Ordinal);
        }

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("No session 'no-such-session'", missing.StandardOutput, StringComparison.Ordinal);
    }
}
