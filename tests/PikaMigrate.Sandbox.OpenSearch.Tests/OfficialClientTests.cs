using System.Diagnostics;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests;

/// <summary>
/// The official <c>@opensearch-project/opensearch</c> npm client, installed from the repository's lockfile, runs
/// the migration's calls against the engine. Node.js and the package are required: missing either fails the test.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class OfficialClientTests(EngineFixture engine)
{
    [Fact]
    public async Task The_official_javascript_client_works_unchanged()
    {
        var root = RepositoryRoot();
        var package = Path.Combine(root, "node_modules", "@opensearch-project", "opensearch", "package.json");
        Assert.True(File.Exists(package), $"The official OpenSearch JavaScript client is not installed ({package}). Fix: run `npm ci` in {root}.");
        var script = Path.Combine(root, "tests", "PikaMigrate.Sandbox.OpenSearch.Tests", "Js", "official-client.mjs");

        var info = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(engine.Endpoint.ToString());
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Node.js (`node`) is required for this test and was not found on PATH. Install Node.js 18+ and run `npm ci`.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errorOutput = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var stdout = await output;
            Assert.True(process.ExitCode == 0, $"The official client script failed (exit {process.ExitCode}):\n{await errorOutput}\n{stdout}");
            var summary = JsonNode.Parse(stdout.Trim().Split('\n')[^1])!;
            Assert.Equal(300, summary["updated"]!.GetValue<int>());
            Assert.Equal(400, summary["fielddataStatus"]!.GetValue<int>());
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PikaMigrate.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PikaMigrate.slnx above {AppContext.BaseDirectory}.");
    }
}
