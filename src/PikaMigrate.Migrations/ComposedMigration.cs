using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations;

/// <summary>A migration's steps, their stores and its baselines built over connected stores, for the runner.</summary>
internal sealed class ComposedMigration(
    string version,
    string title,
    IReadOnlyList<IMigrationStep> steps,
    IReadOnlyList<IStoreBaseline> baselines,
    IReadOnlyDictionary<string, IReadOnlyList<IStoreIdentityReader>> stores) : IMigration
{
    public string Version { get; } = version;

    public string Title { get; } = title;

    public IReadOnlyList<IMigrationStep> Steps { get; } = steps;

    public IReadOnlyList<IStoreBaseline> Baselines { get; } = baselines;

    public IReadOnlyList<IStoreIdentityReader> StoresOf(StepInfo step) => stores[step.Id];
}
