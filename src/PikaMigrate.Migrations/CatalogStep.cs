using PikaMigrate.Migrations.Commands;

namespace PikaMigrate.Migrations;

/// <summary>A step of the catalog with the migration it belongs to (whose version keys its ledger records).</summary>
public sealed record CatalogStep(MigrationDefinition Migration, StepDefinition Step)
{
    /// <summary>The step a command was registered for, typed by the command's settings.</summary>
    public static (MigrationDefinition Migration, StepDefinition<TSettings> Step) Of<TSettings>(object? data)
        where TSettings : WriteCommandSettings, new() =>
        data is CatalogStep { Step: StepDefinition<TSettings> step } registered
            ? (registered.Migration, step)
            : throw new InvalidOperationException($"A step command for {typeof(TSettings).Name} was registered without its catalog step.");
}
