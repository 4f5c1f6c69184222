using System.Text.Json.Nodes;
using PikaMigrate.Core.Migrations;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Cli.Tests.TestMigrations.V0_0_1_Test;

/// <summary>Adds the marker field to the mapping (additive); a field already there is left as it is.</summary>
public sealed class MapMarkerStep(StepInfo info, OpenSearchClient client, string index) : IMigrationStep
{
    public StepInfo Info { get; } = info;

    public async Task<StepPlan> PlanAsync(StepContext context, CancellationToken cancellationToken)
    {
        var mapped = await TypeAsync(cancellationToken) is not null;
        return new StepPlan(Info, !mapped, mapped ? $"'{index}' already maps {MarkerMigration.Marker}" : $"would add {MarkerMigration.Marker} as keyword to '{index}'", [new Figure("would add", mapped ? 0 : 1)], []);
    }

    public async Task<StepOutcome> ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var added = await TypeAsync(cancellationToken) is null;
        if (added)
        {
            await client.PutMappingAsync(index, new JsonObject { [MarkerMigration.Marker] = new JsonObject { ["type"] = "keyword" } }, cancellationToken);
        }

        return new StepOutcome(Info, true, added ? $"added {MarkerMigration.Marker} to '{index}'" : "nothing to add", [new Figure("Added", added ? 1 : 0)], []);
    }

    public async Task<IReadOnlyList<CheckResult>> VerifyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var type = await TypeAsync(cancellationToken);
        return [new CheckResult($"{MarkerMigration.Marker} is mapped as keyword", type == "keyword", $"{MarkerMigration.Marker}: {type ?? "not mapped"}", [])];
    }

    private async Task<string?> TypeAsync(CancellationToken cancellationToken) =>
        (await client.GetMappingAsync(index, cancellationToken)).Find(MarkerMigration.Marker)?.Type;
}
