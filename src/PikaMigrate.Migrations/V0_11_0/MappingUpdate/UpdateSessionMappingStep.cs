using System.Text.Json.Nodes;
using PikaMigrate.Core;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.Verification;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Migrations.V0_11_0.MappingUpdate;

/// <summary>
/// Guide step A1: adds invocation_mode_keyword, user_type_keyword and source_keyword as keyword to the session
/// index with an additive PUT _mapping. Idempotent (only missing twins are sent); a twin that exists with another
/// type stops the step before anything is written, naming the field, its type and the way out.
/// </summary>
public sealed class UpdateSessionMappingStep(OpenSearchClient client, string index) : IMigrationStep
{
    public StepInfo Info => GuideSteps.A1.Info;

    public async Task<StepPlan> PlanAsync(StepContext context, CancellationToken cancellationToken)
    {
        var twins = await ReadTwinsAsync(cancellationToken).ConfigureAwait(false);
        var missing = twins.Where(t => t.TwinMapping is null).Select(t => t.Pair.Twin).ToList();
        var blockers = Conflicts(twins).Select(c => new Blocker($"{c.Pair.Twin} already exists in '{index}' as {c.TwinMapping!.TypeName}, not keyword.", TwinMappingAdvice.Explain(c.Pair, c.TwinMapping.TypeName, index))).ToList();
        var summary = missing.Count == 0
            ? $"'{index}' already maps {string.Join(", ", KeywordTwin.All.Select(p => p.Twin))}"
            : $"would add {string.Join(", ", missing)} as keyword to '{index}'";
        return new StepPlan(Info, missing.Count > 0, summary, [new Figure("would add", missing.Count)], blockers);
    }

    public async Task<StepOutcome> ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var report = context.Reporter;
        report.Line("Starting session index mapping update...");
        report.Line($"Checking if {index} exists...");
        var twins = await ReadTwinsAsync(cancellationToken).ConfigureAwait(false);
        if (Conflicts(twins).FirstOrDefault() is { } conflict)
        {
            var type = conflict.TwinMapping!.TypeName;
            throw new PreflightException(
                $"{conflict.Pair.Twin} already exists in the mapping of '{index}' as {type}, not keyword; nothing was changed.",
                TwinMappingAdvice.Explain(conflict.Pair, type, index));
        }

        var missing = twins.Where(t => t.TwinMapping is null).Select(t => t.Pair.Twin).ToList();
        var present = twins.Where(t => t.TwinIsKeyword).Select(t => t.Pair.Twin).ToList();
        if (missing.Count > 0)
        {
            report.Line($"Updating mapping for {index}...");
            var properties = new JsonObject();
            foreach (var twin in missing)
            {
                properties[twin] = new JsonObject { ["type"] = "keyword" };
            }

            await client.PutMappingAsync(index, properties, cancellationToken).ConfigureAwait(false);
            report.Line($"✓ Successfully updated mapping for {index}");
        }
        else
        {
            report.Line($"✓ The mapping of {index} already has the keyword fields; nothing to update");
        }

        report.Line("Verifying mapping...");
        var after = await new SessionIndexAudit(client, index).MappingAsync(cancellationToken).ConfigureAwait(false);
        var confirmed = new List<string>();
        var failures = new List<string>();
        foreach (var twin in after.Mappings)
        {
            if (twin.TwinIsKeyword)
            {
                confirmed.Add(twin.Pair.Twin);
                report.Line($"✓ Confirmed: {twin.Pair.Twin} field is now in the mapping");
            }
            else
            {
                failures.Add($"{twin.Pair.Twin} is {(twin.TwinMapping is null ? "not in the mapping" : "mapped as " + twin.TwinMapping.TypeName)} after the update");
                report.Line($"⚠ {twin.Pair.Twin} field is NOT in the mapping as keyword");
            }
        }

        var summary = missing.Count > 0 ? $"added {string.Join(", ", missing)} to '{index}'" : $"'{index}' already had the keyword fields";
        return new StepOutcome(
            Info,
            failures.Count == 0,
            summary,
            [new Figure("Added", missing.Count), new Figure("Already present", present.Count)],
            failures,
            new MappingUpdateDetails(index, missing, present, confirmed));
    }

    public async Task<IReadOnlyList<CheckResult>> VerifyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var audit = await new SessionIndexAudit(client, index).MappingAsync(cancellationToken).ConfigureAwait(false);
        return audit.MappingChecks();
    }

    private async Task<IReadOnlyList<TwinFields>> ReadTwinsAsync(CancellationToken cancellationToken)
    {
        var audit = await new SessionIndexAudit(client, index).MappingAsync(cancellationToken).ConfigureAwait(false);
        return audit.Mappings;
    }

    private static IEnumerable<TwinFields> Conflicts(IEnumerable<TwinFields> twins) =>
        twins.Where(t => t.TwinMapping is not null && !t.TwinIsKeyword);
}
