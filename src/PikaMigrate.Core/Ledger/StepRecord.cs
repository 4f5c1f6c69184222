using System.Globalization;
using System.Text.Json.Serialization;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Ledger;

/// <summary>What the ledger knows of one step of one migration: its state, when, who ran it, on which stores, and its figures.</summary>
/// <param name="Version">The version of the migration the step belongs to (kept as "Migration" in ledgers already written).</param>
/// <param name="StepId">The step's id, unique within its migration.</param>
/// <param name="RunBy">Who ran it last (<c>user@host pid N</c>), for status.</param>
/// <param name="Summary">The outcome's one line, or why it failed.</param>
/// <param name="Stores">The identities of the stores the step worked on when it last started; null in records written before they were kept.</param>
public sealed record StepRecord(
    [property: JsonPropertyName("Migration")] string Version,
    string StepId,
    StepState State,
    DateTimeOffset? Started,
    DateTimeOffset? Finished,
    string? RunBy,
    string? Summary,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<string> Failures,
    IReadOnlyList<StoreIdentity>? Stores = null)
{
    /// <summary>At most this many failure lines are kept; the figures carry the full count.</summary>
    public const int MaxFailures = 20;

    public static StepRecord Starting(string version, string stepId, string runBy, DateTimeOffset now, IReadOnlyList<StoreIdentity> stores) =>
        new(version, stepId, StepState.Running, now, null, runBy, null, [], [], stores);

    /// <summary>When the step last ran, for messages: when it finished, else when it started.</summary>
    [JsonIgnore]
    public DateTimeOffset? LastRan => Finished ?? Started;

    /// <summary>Why the step no longer holds when a store it ran on (<paramref name="then"/>) is another one <paramref name="now"/>.</summary>
    public string StoreChanged(StoreIdentity then, StoreIdentity? now) =>
        string.Create(CultureInfo.InvariantCulture, $"{then.Describe(now)}, after {StepId} ran on {LastRan:yyyy-MM-dd HH:mm:ss}Z");

    public StepRecord Completed(StepOutcome outcome, DateTimeOffset now) => this with
    {
        State = outcome.Succeeded ? StepState.Succeeded : StepState.Failed,
        Finished = now,
        Summary = outcome.Summary,
        Figures = outcome.Figures,
        Failures = [.. outcome.Failures.Take(MaxFailures)],
    };

    public StepRecord Aborted(string reason, DateTimeOffset now) => this with
    {
        State = StepState.Failed,
        Finished = now,
        Summary = reason,
    };
}
