using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.V0_11_0.KeywordCopy;
using PikaMigrate.Migrations.V0_11_0.MappingUpdate;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.Verification;
using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.V0_11_0.Verification;

[Collection(EngineCollection.Name)]
public sealed class SessionIndexAuditTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Counts_missing_and_different_twins_exactly_per_field()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 800, preTyped: 300);
        await scenario.MapTwinsAsync();
        await scenario.ShapeMixedAsync();

        var audit = await new SessionIndexAudit(scenario.Client, scenario.Index).RunAsync(default);

        Assert.Equal(800, audit.Documents);
        foreach (var finding in audit.Values)
        {
            var docs = scenario.Docs.Values;
            Assert.Equal(docs.Count(d => d[finding.Pair.Source] is not null), finding.WithSource);
            Assert.Equal(docs.Count(d => d.Lacks(finding.Pair)), finding.MissingTwin);
            Assert.Equal(docs.Count(d => d.Differs(finding.Pair)), finding.DifferentTwin);
            Assert.All(finding.DifferentExamples, id => Assert.True(scenario.Docs[id].Differs(finding.Pair)));
            Assert.All(finding.MissingExamples, id => Assert.True(scenario.Docs[id].Lacks(finding.Pair)));
            Assert.InRange(finding.MissingExamples.Count, 1, 5);
        }

        // Long values have no .keyword to query on: those documents are read and compared instead.
        var modes = audit.Values.Single(v => v.Pair == KeywordTwin.InvocationMode);
        Assert.Equal(1, modes.ComparedByReading);
        Assert.Contains("read and compared", modes.Method, StringComparison.Ordinal);
        Assert.Contains(Checks(audit), c => !c.Passed);
    }

    [Fact]
    public async Task Names_the_gap_the_guides_order_leaves_and_the_command_that_mends_it()
    {
        // A1 and A2 done, then user_type arrives through the stream (the 0.10 Lambda writes user_type alone).
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 200);
        await new UpdateSessionMappingStep(scenario.Client, scenario.Index).ApplyAsync(scenario.Context(), default);
        await new CopyToKeywordFieldsStep(scenario.Client, scenario.Index, new CopyToKeywordFieldsOptions { PollInterval = TimeSpan.FromMilliseconds(50) }).ApplyAsync(scenario.Context(), default);
        await scenario.SetAsync(scenario.Ids.Take(30), _ => new Dictionary<string, string?> { ["user_type"] = "external-user" });

        var checks = Checks(await new SessionIndexAudit(scenario.Client, scenario.Index).RunAsync(default));

        var userType = checks.Single(c => c.Name == "user_type_keyword equals user_type");
        Assert.False(userType.Passed);
        Assert.StartsWith("30 of 30 documents with user_type lack user_type_keyword", userType.Summary, StringComparison.Ordinal);
        Assert.Contains("guide's order A1, A2, B1", userType.Fix, StringComparison.Ordinal);
        Assert.Contains("pika-migrate os copy-to-keyword-fields", userType.Fix, StringComparison.Ordinal);
        Assert.Equal(5, userType.Examples.Count);
        Assert.All(checks.Where(c => c != userType), c => Assert.True(c.Passed, c.Name));
    }

    [Fact]
    public async Task Explains_a_twin_typed_text_by_the_Lambda_and_still_counts_through_its_keyword_sub_field()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 100, preTyped: 100);
        // The 0.11 Lambda ran before A1: every write carried the twins, so dynamic mapping typed them text (+ .keyword).
        await scenario.SetAsync(scenario.Ids.Take(40), doc => KeywordTwin.All.Where(p => doc[p.Source] is not null).ToDictionary(p => p.Twin, p => doc[p.Source]));
        await scenario.SetAsync(scenario.Ids.Skip(40).Take(3), _ => new Dictionary<string, string?> { ["source_keyword"] = "other" });

        var audit = await new SessionIndexAudit(scenario.Client, scenario.Index).RunAsync(default);
        var checks = Checks(audit);

        Assert.All(KeywordTwin.All, p => Assert.Equal("text", audit.Mappings.Single(m => m.Pair == p).TwinMapping?.Type));
        var modeMapping = checks.Single(c => c.Name == "invocation_mode_keyword is mapped as keyword");
        Assert.False(modeMapping.Passed);
        Assert.Contains("fielddata error", modeMapping.Fix, StringComparison.Ordinal);
        Assert.Contains("cannot be changed in place", modeMapping.Fix, StringComparison.Ordinal);
        Assert.Contains("never reads source_keyword", checks.Single(c => c.Name == "source_keyword is mapped as keyword").Fix, StringComparison.Ordinal);
        var source = audit.Values.Single(v => v.Pair == KeywordTwin.SessionSource);
        Assert.Equal(3, source.DifferentTwin);
        Assert.Equal(100 - 43, source.MissingTwin);
    }

    /// <summary>Every check the audit answers for: the twins' mapping (A1's), then their values (A2's).</summary>
    private static IReadOnlyList<CheckResult> Checks(SessionIndexAuditResult audit) => [.. audit.MappingChecks(), .. audit.ValueChecks()];
}
