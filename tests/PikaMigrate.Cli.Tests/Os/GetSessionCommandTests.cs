using System.Text.Json;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Os;

[Collection(OsEngineCollection.Name)]
public sealed class GetSessionCommandTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Shows_the_six_fields_and_masks_session_attributes()
    {
        var index = await OsIndex.SeedAsync(engine, 20, preTyped: 20);
        await index.RunAsync("update-session-mapping", "--yes");
        await index.RunAsync("copy-to-keyword-fields", "--yes");
        var session = index.Sessions.First(s => s.InvocationMode is not null);

        var result = await index.RunAsync($"get session {session.SessionId}");

        Shows.Exit(result, 0);
        Shows.Text(result, $"  invocation_mode: {session.InvocationMode} -> invocation_mode_keyword: {session.InvocationMode}");
        Shows.Text(result, $"  user_type: {session.UserType} -> user_type_keyword: {session.UserType}");
        Shows.Text(result, $"  source: {session.Source} -> source_keyword: {session.Source}");
        Assert.DoesNotContain(session.Token, result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(session.FirstName, result.StandardOutput, StringComparison.Ordinal);
        Shows.Text(result, "\"token\": \"***\"");
    }

    [Fact]
    public async Task Json_output_carries_the_masked_document()
    {
        var index = await OsIndex.SeedAsync(engine, 5);
        var session = index.Sessions[0];

        var result = await index.RunAsync($"get session {session.SessionId}", "--json");

        Shows.Exit(result, 0);
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(session.Source, json.RootElement.GetProperty("fields").GetProperty("source_keyword").GetProperty("source").GetString());
        Assert.False(json.RootElement.GetProperty("fields").GetProperty("source_keyword").TryGetProperty("keyword", out _));
        Assert.Equal("***", json.RootElement.GetProperty("document").GetProperty("session_attributes").GetProperty("token").GetString());
    }

    [Fact]
    public async Task An_unknown_session_is_exit_1()
    {
        var index = await OsIndex.SeedAsync(engine, 3);

        var result = await index.RunAsync("get session no-such-session");

        Shows.Exit(result, 1);
        Shows.Text(result, "No document with id 'no-such-session'");
    }
}
