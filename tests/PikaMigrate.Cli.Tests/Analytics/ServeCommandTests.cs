using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using PikaMigrate.Analytics;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Cli.Tests.Os;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.Cli.Tests.Analytics;

/// <summary><c>analytics serve</c> as an operator runs it: the address it prints, what it serves, Ctrl+C, and bad ports.</summary>
[Collection(OsEngineCollection.Name)]
public sealed class ServeCommandTests(OpenSearchEngineFixture engine)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Serves_the_page_with_chart_js_and_the_API_on_loopback_until_interrupted_and_prints_the_address_with_the_filters()
    {
        var (index, envFile) = await MigratedIndexAsync();
        var port = FreePort();
        using var interrupt = new CancellationTokenSource();
        var run = CliHarness.RunAsync(
            ["analytics", "serve", "--env-file", envFile, "--index", index, "--port", $"{port}", "--from", "2025-08-01", "--to", "2025-09-30", "--user-type", "internal-user", "--group-by", "week"],
            interrupt.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilServingAsync(http, run);

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        var chartJs = await http.GetStringAsync(new Uri("/assets/chart.umd.min.js", UriKind.Relative));
        using var answer = await http.PostAsJsonAsync("api/analytics", new SessionAnalyticsRequest { DateRange = new AnalyticsDateRange("2025-08-01", "2025-09-30") }, AnalyticsJson.Options);
        var response = await answer.Content.ReadFromJsonAsync<SessionAnalyticsResponse>(AnalyticsJson.Options);
        using var foreignHost = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "attacker.example" } };
        using var rebound = await http.SendAsync(foreignHost);
        await interrupt.CancelAsync();
        var result = await run;

        Assert.Contains("<title>Session Analytics · pika-migrate</title>", page, StringComparison.Ordinal);
        Assert.StartsWith("/*!\n * Chart.js v4.", chartJs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(response is { Success: true, Summary.TotalSessions: > 0 }, $"the API answered {response?.Error}");
        Assert.Equal(HttpStatusCode.BadRequest, rebound.StatusCode);
        Shows.Exit(result, 0);
        Shows.InOrder(
            result,
            $"Session Analytics dashboard for index '{index}' ({GuideShape.Small.Sessions:N0} sessions at",
            $"http://127.0.0.1:{port}/?from=2025-08-01&to=2025-09-30&user-type=internal-user&mode=chat-app,undefined&group-by=week&limit=10",
            "Read-only; serving until Ctrl+C.",
            "Dashboard stopped.");
    }

    [Fact]
    public async Task A_port_in_use_exits_2_naming_it_and_the_fix()
    {
        var (index, envFile) = await MigratedIndexAsync();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await CliHarness.RunAsync(["analytics", "serve", "--env-file", envFile, "--index", index, "--port", $"{port}"]);

        Shows.Exit(result, 2);
        Shows.Text(result, $"✗ Port {port} on 127.0.0.1 is already in use.");
        Shows.Text(result, "Fix: Stop what listens there, give --port another number, or leave --port out for a free port.");
    }

    [Theory]
    [InlineData("70000")]
    [InlineData("-1")]
    public async Task A_port_out_of_range_exits_2_before_connecting(string port)
    {
        var result = await CliHarness.RunAsync(["analytics", "serve", "--env-file", "/nonexistent/.env.local", "--port", port]);

        Shows.Exit(result, 2);
        Shows.Text(result, $"Error: --port: {port} is out of range; give a port from 1 to 65535, or leave --port out for a free one.", onStandardError: true);
    }

    [Fact]
    public async Task A_browser_that_cannot_open_is_a_warning_and_the_dashboard_still_serves()
    {
        var (index, envFile) = await MigratedIndexAsync();
        var port = FreePort();
        using var interrupt = new CancellationTokenSource();
        // xdg-open hands the address to $BROWSER when no desktop is running; `false` fails as a missing browser does.
        Environment.SetEnvironmentVariable("BROWSER", "false");
        try
        {
            var run = CliHarness.RunAsync(["analytics", "serve", "--env-file", envFile, "--index", index, "--port", $"{port}", "--open"], interrupt.Token);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilServingAsync(http, run);
            await interrupt.CancelAsync();
            var result = await run;

            Shows.Exit(result, 0);
            Shows.Text(result, "! Could not open a browser:");
            Shows.Text(result, "Open the address above yourself.");
        }
        finally
        {
            Environment.SetEnvironmentVariable("BROWSER", null);
        }
    }

    private async Task<(string Index, string EnvFile)> MigratedIndexAsync()
    {
        var index = OpenSearchEngineFixture.NewIndex("cli-serve");
        await engine.SeedMigratedAsync(index, new PikaDataset(GuideShape.Small));
        return (index, CliHarness.WriteEnvFile(engine.Variables));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls the page until it answers; fails with the command's output if the command ends first.</summary>
    private static async Task WaitUntilServingAsync(HttpClient http, Task<CliResult> run)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            Assert.False(run.IsCompleted, $"serve ended before it served:\n{(run.IsCompleted ? await run : null)}");
            try
            {
                using var response = await http.GetAsync(new Uri("/", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, $"serve did not answer within {StartTimeout.TotalSeconds:0} s");
            await Task.Delay(100);
        }
    }
}
