using System.Text.Json;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Os;

[Collection(OsEngineCollection.Name)]
public sealed class UpdateSessionMappingCommandTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Prints_the_guides_lines_and_is_idempotent()
    {
        var index = await OsIndex.SeedAsync(engine, 30);

        var first = await index.RunAsync("update-session-mapping", "--yes");
        var mapping = await index.MappingAsync();
        var second = await index.RunAsync("update-session-mapping", "--yes");

        Shows.Exit(first, 0);
        Shows.Text(first, "Starting session index mapping update...");
        Shows.Text(first, $"Checking if {index.Name} exists...");
        Shows.Text(first, $"✓ Successfully updated mapping for {index.Name}");
        Shows.Text(first, "✓ Confirmed: source_keyword field is now in the mapping");
        Shows.Text(first, "✅ Mapping update complete!");
        Shows.Exit(second, 0);
        Shows.Text(second, "already has the keyword fields");
        Assert.Equal(mapping, await index.MappingAsync());
    }

    [Fact]
    public async Task Dry_run_shows_the_plan_and_writes_nothing()
    {
        var index = await OsIndex.SeedAsync(engine, 10);
        var before = await index.MappingAsync();

        var result = await index.RunAsync("update-session-mapping", "--dry-run");

        Shows.Exit(result, 0);
        Shows.Text(result, "would add invocation_mode_keyword, user_type_keyword, source_keyword");
        Assert.Equal(before, await index.MappingAsync());
        Assert.False(File.Exists(index.Ledger));
    }

    [Fact]
    public async Task A_twin_typed_text_is_refused_with_exit_2_and_nothing_written()
    {
        var index = await OsIndex.SeedAsync(engine, 10);
        await engine.UpdateAsync(index.Name, [(index.Sessions[0].SessionId, new() { ["source_keyword"] = "user" })]);
        var before = await index.MappingAsync();

        var result = await index.RunAsync("update-session-mapping", "--yes");

        Shows.Exit(result, 2);
        Shows.Error(result, "source_keyword already exists in the mapping");
        Shows.Error(result, "as text");
        Shows.Error(result, "Nothing was written.");
        Assert.Equal(before, await index.MappingAsync());
    }

    [Fact]
    public async Task Json_output_is_one_document_with_the_outcome()
    {
        var index = await OsIndex.SeedAsync(engine, 10);

        var result = await index.RunAsync("update-session-mapping", "--yes", "--json");

        Shows.Exit(result, 0);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var outcome = json.RootElement.GetProperty("outcome");
        Assert.True(outcome.GetProperty("succeeded").GetBoolean());
        Assert.Equal(3, outcome.GetProperty("figures").GetProperty("Added").GetInt64());
        Assert.Equal("A1", outcome.GetProperty("step").GetProperty("id").GetString());
        Assert.Equal(3, outcome.GetProperty("details").GetProperty("confirmed").GetArrayLength());
        Shows.Text(result, "✅ Mapping update complete!", onStandardError: true);
    }

    [Theory]
    [InlineData("http://10.1.2.3:9200", "names plain http:// on another machine than this one (10.1.2.3)")]
    [InlineData("https://search-x.us-east-1.es.amazonaws.com/_plugin", "is not an OpenSearch endpoint")]
    public async Task A_bad_endpoint_is_exit_2(string endpoint, string problem)
    {
        var env = CliHarness.WriteEnvFile(new Dictionary<string, string>(engine.Variables) { ["PIKA_DOMAIN_ENDPOINT"] = endpoint });

        var result = await CliHarness.RunAsync(["os", "update-session-mapping", "--yes", "--env-file", env, "--ledger", "file:" + Path.Combine(Path.GetDirectoryName(env)!, "ledger.json")]);

        Shows.Exit(result, 2);
        Shows.Error(result, problem);
        Assert.DoesNotContain(endpoint, result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_host_is_exit_2()
    {
        var port = PikaMigrate.Sandbox.DynamoDbLocal.FreeLoopbackPort.Next();
        var env = CliHarness.WriteEnvFile(new Dictionary<string, string>(engine.Variables) { ["PIKA_DOMAIN_ENDPOINT"] = $"http://127.0.0.1:{port}" });

        var result = await CliHarness.RunAsync(["os", "update-session-mapping", "--yes", "--env-file", env, "--ledger", "file:" + Path.Combine(Path.GetDirectoryName(env)!, "ledger.json")]);

        Shows.Exit(result, 2);
        Shows.Error(result, "did not answer");
        Shows.Error(result, "Nothing was written.");
    }

    [Fact]
    public async Task A_missing_index_is_exit_2()
    {
        var index = await OsIndex.SeedAsync(engine, 1);
        var env = index.EnvFile;

        var result = await CliHarness.RunAsync(["os", "update-session-mapping", "--yes", "--env-file", env, "--index", "no-such-index", "--ledger", "file:" + index.Ledger]);

        Shows.Exit(result, 2);
        Shows.Error(result, "The OpenSearch index 'no-such-index' does not exist");
    }
}
