using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Tests.Running;

/// <summary>A migration of scripted steps, each working on the same scripted store.</summary>
internal sealed class ScriptedMigration(IReadOnlyList<IMigrationStep> steps, IReadOnlyList<IStoreBaseline> baselines, ScriptedStore store) : IMigration
{
    public string Version => "9.9.9";

    public string Title => "a scripted migration";

    public IReadOnlyList<IMigrationStep> Steps => steps;

    public IReadOnlyList<IStoreBaseline> Baselines => baselines;

    public IReadOnlyList<IStoreIdentityReader> StoresOf(StepInfo step) => [store];
}
