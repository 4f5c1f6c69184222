using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Os;

/// <summary>Under --json every way a command ends writes one JSON document on stdout, not only success.</summary>
[Collection(OsEngineCollection.Name)]
public sealed class JsonExitTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task An_interrupted_run_says_so_in_one_json_document()
    {
        var index = await OsIndex.SeedAsync(engine, 20);
        using var interrupt = new CancellationTokenSource();
        await interrupt.CancelAsync();

        var result = await index.RunAsync("update-session-mapping", interrupt.Token, "--yes", "--json");

        Shows.Exit(result, 130);
        var error = JsonNode.Parse(result.StandardOutput)!["error"]!;
        Assert.True((bool)error["interrupted"]!);
        Assert.Equal("Interrupted before anything was written.", (string)error["problem"]!);
        Shows.Error(result, "Interrupted before anything was written.");
    }

    [Fact]
    public async Task A_plan_nobody_confirms_is_one_json_document_with_the_plan()
    {
        var index = await OsIndex.SeedAsync(engine, 20);
        var mapping = await index.MappingAsync();

        var result = await index.RunAsync("update-session-mapping", "--json");

        Shows.Exit(result, 130);
        var document = JsonNode.Parse(result.StandardOutput)!;
        Assert.False((bool)document["applied"]!);
        Assert.Equal("A1", (string)document["plan"]!["step"]!["id"]!);
        Assert.True((bool)document["plan"]!["hasWork"]!);
        Assert.Equal(mapping, await index.MappingAsync());
    }
}
