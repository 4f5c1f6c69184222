using PikaMigrate.Core;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.V0_11_0.KeywordCopy;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.Verification;
using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.V0_11_0.KeywordCopy;

[Collection(EngineCollection.Name)]
public sealed class CopyToKeywordFieldsStepTests(OpenSearchEngineFixture engine)
{
    private static readonly CopyToKeywordFieldsOptions Fast = new() { PollInterval = TimeSpan.FromMilliseconds(50) };

    [Fact]
    public async Task Copies_a_mixed_0_10_index_touching_only_what_differs_and_verifies_by_counts()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 3000, preTyped: 400);
        await scenario.MapTwinsAsync();
        await scenario.ShapeMixedAsync();
        var needing = scenario.Docs.Values.Count(d => d.NeedsCopy);
        var selected = scenario.ExpectedSelected;
        var step = new CopyToKeywordFieldsStep(scenario.Client, scenario.Index, Fast);
        var reporter = new RecordingReporter();
        var alreadyCopied = scenario.Ids[0];
        var versionBefore = await VersionAsync(scenario, alreadyCopied);

        var plan = await step.PlanAsync(scenario.Context(), default);
        var outcome = await step.ApplyAsync(scenario.Context(reporter), default);

        foreach (var pair in KeywordTwin.All)
        {
            Assert.Equal(scenario.Docs.Values.Count(d => d.Lacks(pair) || d.Differs(pair)), plan.Figures.Single(f => f.Name == $"would copy {pair.Source}").Value);
        }

        Assert.Equal(selected, plan.Figures.Single(f => f.Name == "documents selected").Value);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Failures));
        Assert.Equal(selected, Figure(outcome, "Total"));
        Assert.Equal(needing, Figure(outcome, "Updated"));
        Assert.Equal(selected - needing, Figure(outcome, "Noops"));
        Assert.Equal(0, Figure(outcome, "Deleted"));
        Assert.Equal(0, Figure(outcome, "Version conflicts"));
        Assert.Equal(0, Figure(outcome, "Failures"));
        Assert.True(Figure(outcome, "Batches") >= 1);
        Assert.Contains("Found 3000 total documents", reporter.Lines);
        Assert.Contains($"Copying fields to keyword variants for {selected} documents...", reporter.Lines);
        Assert.Contains("  - user_type -> user_type_keyword", reporter.Lines);
        var details = Assert.IsType<CopyToKeywordFieldsDetails>(outcome.Details);
        Assert.All(details.Verification, v => Assert.True(v.Holds, $"{v.Pair}: {v.MissingTwin} missing, {v.DifferentTwin} different"));
        Assert.Equal(scenario.Docs.Values.Count(d => d["invocation_mode"] is not null), details.Verification.Single(v => v.Pair == KeywordTwin.InvocationMode).WithSource);

        Assert.Equal(versionBefore, await VersionAsync(scenario, alreadyCopied));
        var stale = await scenario.ReadAsync(scenario.Ids[210]);
        Assert.Equal(stale["source"]!.GetValue<string>(), stale["source_keyword"]!.GetValue<string>());
        var neverTyped = await scenario.ReadAsync(scenario.Ids[^1]);
        Assert.False(neverTyped.ContainsKey("user_type_keyword"));
        Assert.All(await step.VerifyAsync(scenario.Context(), default), c => Assert.True(c.Passed, $"{c.Name}: {c.Summary}"));
    }

    [Fact]
    public async Task Running_again_writes_nothing()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 600, preTyped: 100);
        await scenario.MapTwinsAsync();
        await scenario.ShapeMixedAsync();
        var step = new CopyToKeywordFieldsStep(scenario.Client, scenario.Index, Fast);
        await step.ApplyAsync(scenario.Context(), default);

        var plan = await step.PlanAsync(scenario.Context(), default);
        var again = await step.ApplyAsync(scenario.Context(), default);

        Assert.False(plan.HasWork);
        Assert.True(again.Succeeded);
        Assert.Equal(0, Figure(again, "Updated"));
        // Only the documents no query can compare (values past ignore_above) are visited, and left alone.
        Assert.Equal(scenario.Docs.Values.Count(d => d["invocation_mode"] == SessionIndexScenario.LongMode), Figure(again, "Noops"));
    }

    [Fact]
    public async Task Refuses_to_copy_before_the_twins_are_mapped()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 20);
        var step = new CopyToKeywordFieldsStep(scenario.Client, scenario.Index, Fast);

        var plan = await step.PlanAsync(scenario.Context(), default);
        var refused = await Assert.ThrowsAsync<PreflightException>(() => step.ApplyAsync(scenario.Context(), default));

        Assert.True(plan.HasWork);
        Assert.Contains("update-session-mapping", refused.Fix, StringComparison.Ordinal);
        Assert.Null((await scenario.Client.GetMappingAsync(scenario.Index, default)).Find("user_type_keyword"));
    }

    private async Task<long> VersionAsync(SessionIndexScenario scenario, string id) =>
        (await engine.SendAsync(HttpMethod.Get, $"{scenario.Index}/_doc/{id}"))!["_version"]!.GetValue<long>();

    private static long Figure(Core.Migrations.StepOutcome outcome, string name) => outcome.Figures.Single(f => f.Name == name).Value;
}
