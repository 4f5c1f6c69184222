using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Steps;

/// <summary>Every step of the catalog as a command of its store's branch, named and described by its definition.</summary>
internal static class StepCommands
{
    public static void Register(IConfigurator<CommandSettings> branch, MigrationCatalog catalog, StoreKind store)
    {
        foreach (var migration in catalog.Migrations)
        {
            foreach (var step in migration.Steps.Where(s => s.Info.Store == store))
            {
                step.Accept(new Registration(branch, new CatalogStep(migration, step)));
            }
        }
    }

    private sealed class Registration(IConfigurator<CommandSettings> branch, CatalogStep data) : IStepDefinitionVisitor
    {
        public void Visit<TSettings>(StepDefinition<TSettings> step)
            where TSettings : PikaMigrate.Migrations.Commands.WriteCommandSettings, new() =>
            branch.AddCommand<StepCommand<TSettings>>(step.Info.Name).WithDescription(step.Description).WithData(data);
    }
}
