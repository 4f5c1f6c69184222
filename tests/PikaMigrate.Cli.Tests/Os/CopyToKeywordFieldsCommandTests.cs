using System.Text.Json;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Os;

[Collection(OsEngineCollection.Name)]
public sealed class CopyToKeywordFieldsCommandTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Copies_prints_the_guides_block_and_a_rerun_updates_nothing()
    {
        var index = await OsIndex.SeedAsync(engine, 400, preTyped: 50);
        await index.RunAsync("update-session-mapping", "--yes");

        var first = await index.RunAsync("copy-to-keyword-fields", "--yes");
        var second = await index.RunAsync("copy-to-keyword-fields", "--yes");

        Shows.Exit(first, 0);
        foreach (var line in new[]
        {
            "Starting field copy from text fields to keyword variants...",
            $"Checking if {index.Name} exists...",
            "Counting all documents...",
            "Found 400 total documents",
            "Copying fields to keyword variants for 400 documents...",
            "  - invocation_mode -> invocation_mode_keyword",
            "  - user_type -> user_type_keyword",
            "  - source -> source_keyword",
            "✓ Update complete!",
            " - Total: 400",
            " - Updated: 400",
            " - Deleted: 0",
            " - Version conflicts: 0",
            " - Noops: 0",
            " - Failures: 0",
            "✓ Verified by counts over all 400 documents:",
            "✅ Field copy complete!",
        })
        {
            Shows.Line(first, line);
        }

        Shows.Text(first, "   user_type -> user_type_keyword: 50 documents with user_type, 0 without user_type_keyword, 0 with another value");

        Shows.Exit(second, 0);
        Shows.Line(second, " - Updated: 0");
        var doc = await index.DocumentAsync(index.Sessions[3].SessionId);
        Assert.Equal(doc["_source"]!["source"]!.GetValue<string>(), doc["_source"]!["source_keyword"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dry_run_counts_what_would_change_and_writes_nothing()
    {
        var index = await OsIndex.SeedAsync(engine, 120, preTyped: 20);
        await index.RunAsync("update-session-mapping", "--yes");
        var before = await index.DocumentAsync(index.Sessions[0].SessionId);

        var result = await index.RunAsync("copy-to-keyword-fields", "--dry-run", "--json");

        Shows.Exit(result, 0);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var figures = json.RootElement.GetProperty("plan").GetProperty("figures");
        Assert.Equal(index.Sessions.Count(s => s.InvocationMode is not null), figures.GetProperty("would copy invocation_mode").GetInt64());
        Assert.Equal(20, figures.GetProperty("would copy user_type").GetInt64());
        Assert.Equal(120, figures.GetProperty("would copy source").GetInt64());
        Assert.True(json.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal(before.ToJsonString(), (await index.DocumentAsync(index.Sessions[0].SessionId)).ToJsonString());
    }

    [Fact]
    public async Task Before_the_mapping_step_it_refuses_with_exit_2()
    {
        var index = await OsIndex.SeedAsync(engine, 10);

        var result = await index.RunAsync("copy-to-keyword-fields", "--yes");

        Shows.Exit(result, 2);
        Shows.Error(result, "pika-migrate os update-session-mapping");
        Assert.DoesNotContain("user_type_keyword", await index.MappingAsync(), StringComparison.Ordinal);
    }
}
