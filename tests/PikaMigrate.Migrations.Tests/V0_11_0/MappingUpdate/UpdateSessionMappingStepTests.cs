using PikaMigrate.Core;
using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.V0_11_0.KeywordCopy;
using PikaMigrate.Migrations.V0_11_0.MappingUpdate;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.Verification;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.V0_11_0.MappingUpdate;

[Collection(EngineCollection.Name)]
public sealed class UpdateSessionMappingStepTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Adds_the_three_keyword_twins_and_confirms_them_as_the_guide_prints()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 50);
        var step = new UpdateSessionMappingStep(scenario.Client, scenario.Index);
        var reporter = new RecordingReporter();

        var plan = await step.PlanAsync(scenario.Context(), default);
        var outcome = await step.ApplyAsync(scenario.Context(reporter), default);

        Assert.True(plan.HasWork);
        Assert.Equal(3, plan.Figures.Single(f => f.Name == "would add").Value);
        Assert.True(outcome.Succeeded);
        Assert.Equal(3, outcome.Figures.Single(f => f.Name == "Added").Value);
        var mapping = await scenario.Client.GetMappingAsync(scenario.Index, default);
        Assert.All(KeywordTwin.All, p => Assert.Equal("keyword", mapping.Find(p.Twin)?.Type));
        Assert.Equal("text", mapping.Find("source")?.Type);
        Assert.Equal(
            [
                "Starting session index mapping update...",
                $"Checking if {scenario.Index} exists...",
                $"Updating mapping for {scenario.Index}...",
                $"✓ Successfully updated mapping for {scenario.Index}",
                "Verifying mapping...",
                "✓ Confirmed: invocation_mode_keyword field is now in the mapping",
                "✓ Confirmed: user_type_keyword field is now in the mapping",
                "✓ Confirmed: source_keyword field is now in the mapping",
            ],
            reporter.Lines);
        Assert.All(await step.VerifyAsync(scenario.Context(), default), c => Assert.True(c.Passed, c.Summary));
    }

    [Fact]
    public async Task Running_again_changes_nothing()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 20);
        var step = new UpdateSessionMappingStep(scenario.Client, scenario.Index);
        await step.ApplyAsync(scenario.Context(), default);
        var before = await engine.SendAsync(HttpMethod.Get, $"{scenario.Index}/_mapping");

        var plan = await step.PlanAsync(scenario.Context(), default);
        var again = await step.ApplyAsync(scenario.Context(), default);

        Assert.False(plan.HasWork);
        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Figures.Single(f => f.Name == "Added").Value);
        Assert.Equal(3, again.Figures.Single(f => f.Name == "Already present").Value);
        Assert.Equal(before!.ToJsonString(), (await engine.SendAsync(HttpMethod.Get, $"{scenario.Index}/_mapping"))!.ToJsonString());
    }

    [Fact]
    public async Task A_twin_already_typed_text_stops_the_step_before_anything_is_written()
    {
        // The 0.11 Lambda deployed before A1: its first write maps user_type_keyword dynamically, as text.
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 20);
        await scenario.SetAsync(scenario.Ids.Take(1), doc => new Dictionary<string, string?> { ["user_type_keyword"] = "internal-user" });
        var step = new UpdateSessionMappingStep(scenario.Client, scenario.Index);

        var plan = await step.PlanAsync(scenario.Context(), default);
        var refused = await Assert.ThrowsAsync<PreflightException>(() => step.ApplyAsync(scenario.Context(), default));

        Assert.False(plan.IsRunnable);
        Assert.Contains("user_type_keyword already exists in the mapping", refused.Problem, StringComparison.Ordinal);
        Assert.Contains("as text", refused.Problem, StringComparison.Ordinal);
        Assert.Contains("_reindex", refused.Fix, StringComparison.Ordinal);
        var mapping = await scenario.Client.GetMappingAsync(scenario.Index, default);
        Assert.Null(mapping.Find("invocation_mode_keyword"));
        Assert.Null(mapping.Find("source_keyword"));
        var checks = await step.VerifyAsync(scenario.Context(), default);
        var twin = checks.Single(c => c.Name == "user_type_keyword is mapped as keyword");
        Assert.False(twin.Passed);
        Assert.Contains("filters it with terms", twin.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_index_is_a_preflight_error()
    {
        using var client = OpenSearchClientFactory.Create(engine.Settings("no-such-index"));
        var step = new UpdateSessionMappingStep(client, "no-such-index");

        var refused = await Assert.ThrowsAsync<PreflightException>(() => step.ApplyAsync(new(FileLedger.Open(Path.Combine(TestScratch.CreateDirectory("mapping-"), "ledger.json"), TimeProvider.System).Checkpoints, new RecordingReporter()), default));

        Assert.Contains("'no-such-index' does not exist", refused.Problem, StringComparison.Ordinal);
    }
}
