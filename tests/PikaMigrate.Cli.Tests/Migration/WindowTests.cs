using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// The window between the migration and the deploy: the guide migrates first and deploys 0.11 after, so until then the
/// 0.10 code keeps creating sessions without user_type and indexing them without keyword twins. migrate says what comes
/// next; verify names the sessions created since B1 ran; the run after the deploy treats exactly those, though every
/// step is recorded as succeeded, and ends with all checks holding.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class WindowTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    private const int CreatedMeanwhile = 12;

    [Fact]
    public async Task Sessions_created_by_0_10_after_the_migration_are_treated_by_the_next_run_and_only_they()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-window");
        var first = await scenario.RunAsync(scenario.Command("migrate", "--yes"));
        Shows.Exit(first, 0);
        Shows.InOrder(
            first,
            "✅ Fully migrated to 0.11.0: all 10 checks hold.",
            "Next: deploy Pika 0.11. Until it runs, the 0.10 code keeps creating sessions without user_type",
            "Then run `pika-migrate migrate 0.11.0` once more: it finds the sessions created meanwhile and treats exactly those");
        var created = await CreateAs010Async(scenario);
        var itemsBefore = await scenario.SessionItemsAsync();
        var versionsBefore = await VersionsAsync(scenario.Index);

        var verify = await scenario.RunAsync(scenario.Command("verify"));
        var plan = await scenario.RunAsync(scenario.Command("plan"));
        var second = await scenario.RunAsync(scenario.Command("migrate", "--yes", "--json"));

        Shows.Exit(verify, 1);
        Shows.Text(verify, $"✗ chat-session items have user_type: {CreatedMeanwhile} sessions created after B1 ran on");
        Shows.Text(verify, $"have no user_type (of {400 + CreatedMeanwhile} sessions)");
        Shows.Text(verify, "Fix: Until Pika 0.11 is deployed, the 0.10 code creates sessions without user_type: deploy it, then run `pika-migrate migrate 0.11.0` once more (it types exactly these).");
        Shows.Exit(plan, 0);
        Shows.Text(plan, "✓ A1 update-session-mapping: done");
        Shows.Text(plan, $"↻ B1 backfill-session-metadata: recorded as done");
        Shows.Text(plan, $"but its check fails now: chat-session items have user_type: {CreatedMeanwhile} sessions created after B1 ran on");
        Shows.Text(plan, $"{CreatedMeanwhile} sessions would get user_type");

        Shows.Exit(second, 0);
        using var json = JsonDocument.Parse(second.StandardOutput);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("step").GetProperty("id").GetString()!);
        Assert.Equal("skipped", steps["A1"].GetProperty("status").GetString());
        Assert.StartsWith("its check fails now: chat-session items have user_type", steps["B1"].GetProperty("rerun").GetString(), StringComparison.Ordinal);
        Assert.Equal(CreatedMeanwhile, Figure(steps["B1"], "Updated"));
        Assert.Equal(400, Figure(steps["B1"], "Skipped"));
        Assert.StartsWith("its check fails now: invocation_mode_keyword equals invocation_mode", steps["A2"].GetProperty("rerun").GetString(), StringComparison.Ordinal);
        Assert.Equal(CreatedMeanwhile, Figure(steps["A2"], "Updated"));
        Assert.True(json.RootElement.GetProperty("verification").GetProperty("passed").GetBoolean(), second.ToString());
        Shows.Text(second, "↻ B1 backfill-session-metadata: recorded as done", onStandardError: true);

        // Exactly the sessions created meanwhile were written, in both stores; every other item and document is untouched.
        var itemsAfter = await scenario.SessionItemsAsync();
        var changedItems = itemsAfter.Where(i => !JsonNode.DeepEquals(i.Value, itemsBefore[i.Key])).Select(i => i.Key).Order(StringComparer.Ordinal);
        Assert.Equal(created.Order(StringComparer.Ordinal), changedItems);
        Assert.All(created, id => Assert.NotNull(itemsAfter[id]["user_type"]));
        var versionsAfter = await VersionsAsync(scenario.Index);
        var rewritten = versionsAfter.Where(v => v.Value != versionsBefore[v.Key]).Select(v => v.Key).Order(StringComparer.Ordinal);
        Assert.Equal(created.Order(StringComparer.Ordinal), rewritten);
        var documents = await scenario.DocumentsAsync();
        Assert.All(created, id =>
        {
            var document = documents[id];
            Assert.Equal((string?)itemsAfter[id]["user_type"], (string?)document["user_type_keyword"]);
            Assert.Equal((string?)document["source"], (string?)document["source_keyword"]);
        });
    }

    /// <summary>
    /// New sessions as the 0.10 code writes them: a chat-session item without user_type, and (through the stream and the
    /// 0.10 Lambda) a document without user_type or keyword twins, indexed with refresh as Pika's Lambda does.
    /// </summary>
    private async Task<IReadOnlyList<string>> CreateAs010Async(MigrationScenario scenario)
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var template = (await scenario.Admin.ScanAllAsync(scenario.SessionTable)).First(i => i.ContainsKey("invocation_mode"));
        var documents = await scenario.DocumentsAsync();
        var ids = new List<string>();
        var bulk = new System.Text.StringBuilder();
        for (var i = 0; i < CreatedMeanwhile; i++)
        {
            var id = $"019a0000-0000-7000-8000-{i:D12}";
            ids.Add(id);
            var item = new Dictionary<string, AttributeValue>(template)
            {
                ["session_id"] = new AttributeValue(id),
                ["create_date"] = new AttributeValue(now),
                ["last_update"] = new AttributeValue(now),
            };
            item.Remove("user_type");
            await scenario.Admin.PutItemAsync(scenario.SessionTable, item);

            var document = documents[template["session_id"].S].DeepClone().AsObject();
            foreach (var added in new[] { "user_type", "user_type_keyword", "invocation_mode_keyword", "source_keyword" })
            {
                document.Remove(added);
            }

            document["session_id"] = id;
            document["create_date"] = now;
            bulk.Append(new JsonObject { ["index"] = new JsonObject { ["_index"] = scenario.Index, ["_id"] = id } }.ToJsonString()).Append('\n');
            bulk.Append(document.ToJsonString()).Append('\n');
        }

        await engine.BulkAsync(bulk.ToString());
        return ids;
    }

    /// <summary>Each document's version, which every write to it raises.</summary>
    private async Task<Dictionary<string, long>> VersionsAsync(string index)
    {
        var answer = await engine.SendAsync(HttpMethod.Post, $"{index}/_search", new JsonObject { ["size"] = 10_000, ["version"] = true, ["_source"] = false });
        return answer!["hits"]!["hits"]!.AsArray().ToDictionary(h => (string)h!["_id"]!, h => (long)h!["_version"]!, StringComparer.Ordinal);
    }

    private static long Figure(JsonElement step, string name) =>
        step.GetProperty("outcome").GetProperty("figures").GetProperty(name).GetInt64();
}
