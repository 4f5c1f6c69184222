using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Tests.Running;

internal sealed class ScriptedMigration(IReadOnlyList<IMigrationStep> steps, IReadOnlyList<IStoreBaseline> baselines) : IMigration
{
    public string Version => "9.9.9";

    public string Title => "a scripted migration";

    public IReadOnlyList<IMigrationStep> Steps => steps;

    public IReadOnlyList<IStoreBaseline> Baselines => baselines;
}
