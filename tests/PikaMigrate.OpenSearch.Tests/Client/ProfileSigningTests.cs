using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Tests.Servers;
using PikaMigrate.Testing.OpenSearch;
using PikaMigrate.Testing;

namespace PikaMigrate.OpenSearch.Tests.Client;

/// <summary>
/// An AWS profile from a scratch config and credentials file, seen where it matters: in the SigV4 credential scope
/// of the requests as they arrive (access key id and region), checked the way AWS checks them.
/// </summary>
public sealed class ProfileSigningTests
{
    private const string Secret = "search/profile+secret";
    private static readonly JsonObject MatchAll = new() { ["match_all"] = new JsonObject() };

    private static readonly AwsConfigFiles Files = AwsConfigFiles.Write(
        config: "[profile search]\nregion = ap-northeast-2\n",
        credentials: $"[search]\naws_access_key_id = AKIDSEARCHPROFILE\naws_secret_access_key = {Secret}\naws_session_token = profile-session-token\n");

    [Fact]
    public async Task A_profile_signs_with_its_keys_and_the_region_of_its_config_file()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var server = await ScriptedServer.StartAsync(
            (context, request) => Answer(context, SignatureCheck.Problem(request, "AKIDSEARCHPROFILE", Secret, "ap-northeast-2", "es")), certificate);
        using var client = OpenSearchClientFactory.Create(Settings(server, "AWS_PROFILE", "search"), TestSettings.FastRetries, SelfSignedCertificate.TrustingHandler(certificate));

        Assert.Equal(1, await client.CountAsync("session", MatchAll, default));

        Assert.Equal("profile-session-token", server.Requests.Single().Header("X-Amz-Security-Token"));
    }

    [Fact]
    public async Task AWS_MAX_ATTEMPTS_caps_the_attempts_per_request()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 503;
            return context.Response.WriteAsJsonAsync(new { message = "unavailable" });
        }, certificate);
        using var client = OpenSearchClientFactory.Create(Settings(server, "AWS_MAX_ATTEMPTS", "2"), TestSettings.FastRetries, SelfSignedCertificate.TrustingHandler(certificate));

        await Assert.ThrowsAsync<OpenSearchException>(() => client.CountAsync("session", MatchAll, default));

        Assert.Equal(2, server.Requests.Count);
    }

    private static Core.Configuration.PikaSettings Settings(ScriptedServer server, string variable, string value) =>
        TestSettings.For(server.Endpoint.ToString()) with
        {
            Region = null,
            AwsVariables = new Dictionary<string, string>(Files.Variables) { ["AWS_PROFILE"] = "search", [variable] = value },
        };

    private static async Task Answer(HttpContext context, string? problem)
    {
        if (problem is not null)
        {
            context.Response.StatusCode = 403;
            await context.Response.WriteAsJsonAsync(new { message = problem });
            return;
        }

        await context.Response.WriteAsJsonAsync(new { count = 1 });
    }
}
