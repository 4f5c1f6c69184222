using PikaMigrate.Cli.Commands.Steps;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Os;

/// <summary>The <c>os</c> branch: the catalog's OpenSearch steps and the look-ups.</summary>
internal static class OsCommands
{
    public static void Register(IConfigurator<CommandSettings> os, MigrationCatalog catalog)
    {
        os.SetDescription("OpenSearch steps and look-ups (guide Part A).");
        StepCommands.Register(os, catalog, StoreKind.OpenSearch);
        os.AddBranch("get", get =>
        {
            get.SetDescription("Read one document as the index holds it.");
            get.AddCommand<GetSessionCommand>("session");
        });
    }
}
