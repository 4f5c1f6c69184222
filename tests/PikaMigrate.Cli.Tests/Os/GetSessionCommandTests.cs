using System.Text.Json;
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

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"  invocation_mode: {session.InvocationMode} -> invocation_mode_keyword: {session.InvocationMode}", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"  user_type: {session.UserType} -> user_type_keyword: {session.UserType}", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"  source: {session.Source} -> source_keyword: {session.Source}", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Token, result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(session.FirstName, result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"token\": \"***\"", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_carries_the_masked_document()
    {
        var index = await OsIndex.SeedAsync(engine, 5);
        var session = index.Sessions[0];

        var result = await index.RunAsync($"get session {session.SessionId}", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
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

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("No document with id 'no-such-session'", result.StandardOutput, StringComparison.Ordinal);
    }
}
