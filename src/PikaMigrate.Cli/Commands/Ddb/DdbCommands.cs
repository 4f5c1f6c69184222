using PikaMigrate.Cli.Commands.Steps;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Ddb;

/// <summary>The <c>ddb</c> branch: the catalog's DynamoDB steps and the look-ups.</summary>
internal static class DdbCommands
{
    public static void Register(IConfigurator<CommandSettings> ddb, MigrationCatalog catalog)
    {
        ddb.SetDescription("DynamoDB steps and look-ups (guide Part B).");
        StepCommands.Register(ddb, catalog, StoreKind.DynamoDb);
        ddb.AddBranch("get", get =>
        {
            get.SetDescription("Read one item as DynamoDB holds it.");
            get.AddCommand<GetSessionCommand>("session");
        });
    }
}
