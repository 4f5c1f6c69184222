using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Testing;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.Cli.Tests.Os;

/// <summary>A seeded 0.10-era session index of the test's own, an env file pointing at the engine, and a ledger file.</summary>
internal sealed class OsIndex
{
    private OsIndex(OpenSearchEngineFixture engine, string index, string envFile, IReadOnlyList<SeedSession> sessions)
    {
        Engine = engine;
        Name = index;
        EnvFile = envFile;
        Sessions = sessions;
        Ledger = Path.Combine(Path.GetDirectoryName(envFile)!, "ledger.json");
    }

    public OpenSearchEngineFixture Engine { get; }

    public string Name { get; }

    public string EnvFile { get; }

    public string Ledger { get; }

    public IReadOnlyList<SeedSession> Sessions { get; }

    public static async Task<OsIndex> SeedAsync(OpenSearchEngineFixture engine, int sessions, int preTyped = 0)
    {
        var index = OpenSearchEngineFixture.NewIndex("cli");
        var seeded = await engine.SeedAsync(index, new DatasetOptions { Sessions = sessions, Users = 20, PreTyped = preTyped, Days = 10 });
        return new OsIndex(engine, index, CliHarness.WriteEnvFile(engine.Variables), seeded);
    }

    /// <summary>Runs <c>pika-migrate os ...</c> against this index with the file ledger.</summary>
    public Task<CliResult> RunAsync(string command, params string[] options) => RunAsync(command, default, options);

    public Task<CliResult> RunAsync(string command, CancellationToken cancellationToken, params string[] options) =>
        CliHarness.RunAsync(["os", .. command.Split(' '), "--env-file", EnvFile, "--index", Name, "--ledger", "file:" + Ledger, .. options], cancellationToken);

    public Task<string> MappingAsync() => Engine.MappingAsync(Name);

    public async Task<JsonNode> DocumentAsync(string id) => (await Engine.SendAsync(HttpMethod.Get, $"{Name}/_doc/{id}"))!;
}
