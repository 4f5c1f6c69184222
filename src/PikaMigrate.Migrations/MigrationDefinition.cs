using System.Text.Json.Nodes;
using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations;

/// <summary>
/// A Pika upgrade as the catalog knows it, before any store is connected: its version, its steps in the order they
/// run (each with its command), the stores they need, and the additive-only baselines it keeps. Each upgrade is a
/// folder of its own holding one of these; the runner, the CLI and the store projects never name it.
/// </summary>
public abstract class MigrationDefinition
{
    /// <summary>The Pika version it migrates to; the ledger's key.</summary>
    public abstract string Version { get; }

    public abstract string Title { get; }

    /// <summary>In the order they run.</summary>
    public abstract IReadOnlyList<StepDefinition> Steps { get; }

    /// <summary>What the whole migration works on (what <c>plan</c>, <c>migrate</c> and <c>verify</c> connect).</summary>
    public StoreNeeds Needs => StoreNeeds.Union(Steps.Select(s => s.Needs));

    /// <summary>
    /// The DynamoDB tables whose items the migration changes: plan and migrate report their point-in-time recovery,
    /// and <c>migrate --backup</c> backs them up before the first write.
    /// </summary>
    public virtual IReadOnlyList<PikaTable> ChangedTables => [];

    /// <summary>The digests recorded before the first write and compared by verify, for the stores that are connected.</summary>
    public abstract IEnumerable<IStoreBaseline> Baselines(PikaStores stores);

    /// <summary>The lines of the "Environment:" block that name the stores (by default, each connected table and the index).</summary>
    public virtual IEnumerable<string> Environment(PikaStores stores)
    {
        foreach (var table in Needs.Tables.Where(stores.Has))
        {
            yield return $"{table.Title}: {stores.Table(table)}";
        }

        if (stores.HasOpenSearch)
        {
            yield return $"OpenSearch: {stores.OpenSearch.Endpoint}, index {stores.SessionIndex}";
        }
    }

    /// <summary>What comes after a complete <c>migrate</c> (e.g. the deploy, and the run that follows it), one line each.</summary>
    public virtual IReadOnlyList<string> NextSteps => [];

    /// <summary>What <c>os get session</c> shows of the fields this migration adds to a session document.</summary>
    public virtual IEnumerable<LookupLine> DescribeDocument(JsonObject document) => [];

    /// <summary>What <c>ddb get session</c> shows of the attributes this migration adds to a chat-session item.</summary>
    public virtual IEnumerable<LookupLine> DescribeItem(JsonObject item) => [];

    /// <summary>Preflight for the whole migration: the variables its stores need, then every store it needs, connected.</summary>
    /// <exception cref="PreflightException">A variable, table, endpoint or permission is missing or wrong.</exception>
    public async Task<PikaStores> ConnectAsync(PikaSettings settings, CancellationToken cancellationToken)
    {
        var needs = Needs;
        if (needs.OpenSearch == OpenSearchUse.Required && settings.DomainEndpoint is null)
        {
            var alone = Steps.Where(s => s.Needs.OpenSearch != OpenSearchUse.Required).Select(s => $"`{s.Info.Command}`").ToList();
            throw new PreflightException(
                $"{PikaSettingsReader.DomainEndpointVariable} is not set, and the migration changes {(needs.Tables.Count > 0 ? "both DynamoDB and OpenSearch" : "OpenSearch")}.",
                $"Add {PikaSettingsReader.DomainEndpointVariable}=<your OpenSearch domain endpoint> to the env file (the guide's prerequisites)" + alone.Count switch
                {
                    0 => ".",
                    1 => $", or run the DynamoDB step alone with {alone[0]}.",
                    _ => $", or run the DynamoDB steps alone: {string.Join(", ", alone)}.",
                });
        }

        return await PikaStores.ConnectAsync(settings, needs, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The migration the runner runs: every step (built when it runs) with its stores, and the baselines, over the connected stores.</summary>
    public IMigration Compose(PikaStores stores, MigrationOptions options) => new ComposedMigration(
        Version,
        Title,
        [.. Steps.Select(s => s.InMigration(stores, options))],
        [.. Baselines(stores)],
        Steps.ToDictionary(s => s.Info.Id, s => stores.IdentityReaders(s.Needs), StringComparer.Ordinal));
}
