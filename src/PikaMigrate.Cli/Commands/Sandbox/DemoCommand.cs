using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using PikaMigrate.Analytics;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Rendering;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Running;
using PikaMigrate.DynamoDb.Ledger;
using PikaMigrate.Migrations;
using PikaMigrate.Sandbox.DynamoDbLocal;
using PikaMigrate.Sandbox.Lifecycle;
using PikaMigrate.Sandbox.OpenSearch;
using Spectre.Console;

namespace PikaMigrate.Cli.Commands.Sandbox;

[Description("The whole migration with no AWS: start DynamoDB Local and the OpenSearch-compatible engine, seed 0.10.x-era data, migrate to the latest version, verify, stop.")]
internal sealed class DemoCommand(Terminal terminal, MigrationCatalog catalog) : PikaCommand<DatasetSettings>(terminal)
{
    protected override async Task<int> RunAsync(DatasetSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var definition = catalog.Latest;
        output.Line($"pika-migrate demo: Pika 0.10.x -> {definition.Version} on the embedded sandbox (Amazon's DynamoDB Local and our OpenSearch-compatible engine), no AWS.");
        output.Line("Starting both stores on loopback...");
        await using var dynamoDb = await DynamoDbLocalServer.StartAsync(new DynamoDbLocalOptions(), cancellationToken).ConfigureAwait(false);
        await using var engine = await OpenSearchEngineServer.StartAsync(new EngineOptions(), cancellationToken).ConfigureAwait(false);
        output.Line($"  DynamoDB Local:               {dynamoDb.Endpoint}");
        output.Line($"  OpenSearch-compatible engine: {engine.Endpoint}");

        var endpoints = new SandboxEndpoints(dynamoDb.Endpoint, engine.Endpoint);
        output.Line($"Seeding a 0.10.x-era dataset ({settings.Sessions} sessions, {settings.Users} users, {settings.PreTyped} already typed)...");
        var seed = await SandboxSeedCommand.SeedAsync(endpoints, settings.Dataset, cancellationToken).ConfigureAwait(false);
        output.Line($"  {seed.Sessions} sessions in {seed.SessionTable}, {seed.Users} users in {seed.UserTable} ({seed.MissingUsers} users missing), {seed.Sessions} documents in '{seed.Index}' as the 0.10 Lambda indexed them.");
        var seeded = clock.Elapsed;

        var pika = PikaSettingsReader.Read(name => endpoints.Variables.GetValueOrDefault(name), new PikaSettingsOverrides(), "the sandbox");
        using var stores = await definition.ConnectAsync(pika, cancellationToken).ConfigureAwait(false);
        var outputDirectory = Directory.CreateTempSubdirectory("pika-migrate-demo-").FullName;
        var migration = definition.Compose(stores, new MigrationOptions { OutputDirectory = outputDirectory });
        var ledger = DynamoDbLedger.Open(stores.DynamoDb, DynamoDbLedgerTable.DefaultName(pika.StackName), TimeProvider.System);
        output.Line();
        output.Line($"Running `{StepCommandLine.Migrate(migration.Version)} --yes` against it (ledger: {ledger.Description}):");
        var result = await TerminalRunObserver.RunAsync(
            output,
            announceSteps: true,
            observer => new MigrationRunner(ledger, TimeProvider.System).RunAsync(migration, CommandLine, observer, cancellationToken)).ConfigureAwait(false);
        if (result.Verification is { } verdict)
        {
            VerifyView.Render(verdict, output);
        }

        var analytics = result.Succeeded ? await AnalyticsAsync(stores, output, cancellationToken).ConfigureAwait(false) : null;
        if (output.Json)
        {
            output.WriteJson(new
            {
                seed,
                result.Succeeded,
                steps = result.Steps.Select(s => new { step = StepView.Step(s.Step), status = s.Status, outcome = s.Outcome is null ? null : StepView.Outcome(s.Outcome) }),
                verification = result.Verification is null ? null : VerifyView.Json(result.Verification),
                analytics = analytics is null ? null : JsonNode.Parse(AnalyticsJson.Serialize(analytics)),
                seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
            });
        }

        output.Line();
        output.Human.MarkupLine(result.Succeeded
            ? $"[green]Demo complete in {clock.Elapsed.TotalSeconds:0.0} s[/] (stores up and seeded in {seeded.TotalSeconds:0.0} s, migration and verify in {(clock.Elapsed - seeded).TotalSeconds:0.0} s). Both stores are stopped now."
            : $"[red]Demo failed after {clock.Elapsed.TotalSeconds:0.0} s[/]: see above.");
        output.Line($"Files it wrote (missing users): {outputDirectory}");
        output.Line($"Step by step against a sandbox that stays up: ./pika-migrate sandbox up, ./pika-migrate sandbox seed, then ./pika-migrate plan {migration.Version} --env-file .sandbox/.env.local (and migrate, verify, status, os get session <id>).");
        output.Line("Then the analytics: ./pika-migrate analytics --env-file .sandbox/.env.local, or the dashboard: ./pika-migrate analytics serve --env-file .sandbox/.env.local --open");
        return result.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }

    /// <summary>What the migration was for: Session Analytics with the site-admin page's opening filters.</summary>
    private static async Task<SessionAnalyticsResponse> AnalyticsAsync(PikaStores stores, CommandOutput output, CancellationToken cancellationToken)
    {
        // Searches see the migration's last writes once the index is refreshed, on the engine as on OpenSearch.
        await stores.OpenSearch.RefreshAsync(stores.SessionIndex, cancellationToken).ConfigureAwait(false);
        var service = new SessionAnalyticsService(stores.OpenSearch, stores.SessionIndex, TimeProvider.System);
        var request = service.DefaultRequest();
        var took = Stopwatch.StartNew();
        var response = await service.QueryAsync(request, cancellationToken).ConfigureAwait(false);
        AnalyticsView.Render(request, response, new AnalyticsSource(stores.SessionIndex, stores.OpenSearch.Endpoint.ToString(), took.Elapsed), output.Human, withTimeSeries: false);
        return response;
    }
}
