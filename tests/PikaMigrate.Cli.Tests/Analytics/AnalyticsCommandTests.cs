using System.Text.Json;
using PikaMigrate.Analytics;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Cli.Tests.Migration;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Analytics;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.Cli.Tests.Analytics;

/// <summary><c>analytics</c> against a deployment of its own: before the migration, after <c>migrate 0.11.0</c>, and with bad options.</summary>
[Collection(MigrationCollection.Name)]
public sealed class AnalyticsCommandTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task After_migrate_the_json_is_the_response_document_with_every_figure_right_and_the_tables_fit_80_columns()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "an-cli");
        Shows.Exit(await scenario.RunAsync(scenario.Command("migrate", "--yes")), 0);
        await engine.SendAsync(HttpMethod.Post, $"{scenario.Index}/_refresh");
        string[] filters = ["--from", "2025-08-01", "--to", "2025-09-30", "--user-type", "external-user", "--user-type", "internal-user", "--mode", "chat-app", "--mode", "undefined", "--mode", "chat-app-component", "--group-by", "week"];

        var json = await scenario.RunAsync(Analytics(scenario, [.. filters, "--json"]));
        var human = await scenario.RunAsync(Analytics(scenario, filters));

        Shows.Exit(json, 0);
        var answer = JsonSerializer.Deserialize<SessionAnalyticsResponse>(json.StandardOutput, AnalyticsJson.Options)!;
        var request = new SessionAnalyticsRequest
        {
            DateRange = new AnalyticsDateRange("2025-08-01", "2025-09-30"),
            UserTypes = ["external-user", "internal-user"],
            InvocationModes = ["chat-app", "undefined", "chat-app-component"],
            GroupBy = "week",
        };
        AnalyticsAssert.Same(AnalyticsOracle.Answer(scenario.Dataset.Sessions(), scenario.Dataset.ExpectedUserTypes(), request), answer, "analytics --json");
        Shows.Exit(human, 0);
        Shows.InOrder(human, "Session Analytics 2025-08-01 to 2025-09-30 (UTC), by week", "Key metrics", $"│ Sessions │ {answer.Summary.TotalSessions:N0} │", "Sessions by week", "Week of", "Top chat apps by cost", "Cost by invocation mode", "User-Initiated (Chat App)", "Cost by source");
        Assert.All(human.StandardOutput.Split('\n'), line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
    }

    [Fact]
    public async Task Before_the_migration_it_names_the_missing_step_and_its_command_and_exits_1()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "an-cli-before", GuideShape.Small with { Sessions = 60 });

        var result = await scenario.RunAsync(Analytics(scenario, []));
        var json = await scenario.RunAsync(Analytics(scenario, ["--json"]));

        Shows.Exit(result, 1);
        Shows.Text(result, $"✗ Session Analytics cannot answer from '{scenario.Index}' yet:");
        Shows.Text(result, $"invocation_mode_keyword is not in the mapping of '{scenario.Index}': step A1 update-session-mapping has not run");
        Shows.Text(result, "Run `pika-migrate os update-session-mapping`, then `pika-migrate os copy-to-keyword-fields` (or the whole migration: `pika-migrate migrate 0.11.0`).");
        Shows.Exit(json, 1);
        using var document = JsonDocument.Parse(json.StandardOutput);
        Assert.False(document.RootElement.GetProperty("success").GetBoolean());
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("totalSessions").GetInt64());
        Assert.Equal("twin-not-mapped", document.RootElement.GetProperty("warnings")[0].GetProperty("kind").GetString());
        await scenario.AssertUntouchedAsync();
    }

    [Theory]
    [InlineData("--from 2025-02-30", "--from: '2025-02-30' is not a day as yyyy-MM-dd (UTC)")]
    [InlineData("--to yesterday", "--to: 'yesterday' is not a day as yyyy-MM-dd (UTC)")]
    [InlineData("--from 2025-09-02 --to 2025-09-01", "--from/--to: it starts on 2025-09-02, after it ends (2025-09-01)")]
    [InlineData("--preset week --from 2025-09-01", "--preset: give either --preset or --from/--to, not both.")]
    [InlineData("--preset fortnight", "--preset: 'fortnight' is not a preset; it takes day, week, month, quarter, year, all.")]
    [InlineData("--group-by hour", "--group-by: 'hour' is not a period; it takes day, week, month.")]
    [InlineData("--limit 0", "--limit: 0 is out of range; it takes 1 to 100")]
    [InlineData("--limit ten", "--limit: 'ten' is not a number; it takes 1 to 100")]
    [InlineData("--user-type admin", "--user-type: 'admin' is not a user type; it takes external-user, internal-user.")]
    [InlineData("--mode agent", "--mode: 'agent' is not a invocation mode; it takes chat-app, undefined, direct-agent-invoke, chat-app-component.")]
    [InlineData("--source bot", "--source: 'bot' is not a source; it takes user, component-as-user, component, undefined.")]
    [InlineData("--entity acme", "--entity: an entity filter needs the entity attribute too")]
    [InlineData("--entity-attribute token", "--entity-attribute: session_attributes.token may hold a secret or personal data")]
    [InlineData("--entity-attribute lastName", "--entity-attribute: session_attributes.lastName may hold a secret or personal data")]
    public async Task A_bad_option_exits_2_naming_the_option_and_what_it_takes_before_connecting(string options, string message)
    {
        var result = await CliHarness.RunAsync(["analytics", .. options.Split(' '), "--env-file", "/nonexistent/.env.local"]);

        Shows.Exit(result, 2);
        Shows.Text(result, "Error: " + message, onStandardError: true);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public async Task A_bad_option_under_json_is_also_one_JSON_document_naming_it()
    {
        var result = await CliHarness.RunAsync(["analytics", "--preset", "fortnight", "--json", "--env-file", "/nonexistent/.env.local"]);

        Shows.Exit(result, 2);
        using var document = JsonDocument.Parse(result.StandardOutput);
        var error = document.RootElement.GetProperty("error");
        Assert.Equal("--preset: 'fortnight' is not a preset; it takes day, week, month, quarter, year, all.", error.GetProperty("problem").GetString());
        Assert.True(error.GetProperty("nothingWritten").GetBoolean());
    }

    private static string[] Analytics(MigrationScenario scenario, string[] options) =>
        ["analytics", "--env-file", scenario.EnvFile, "--index", scenario.Index, .. options];
}
