using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Ddb;

/// <summary>The <c>ddb</c> branch: DynamoDB steps and look-ups (guide Part B).</summary>
internal static class DdbCommands
{
    public static void Register(IConfigurator<CommandSettings> ddb)
    {
        ddb.SetDescription("DynamoDB steps and look-ups (guide Part B).");
        ddb.AddCommand<BackfillSessionMetadataCommand>("backfill-session-metadata");
        ddb.AddBranch("get", get =>
        {
            get.SetDescription("Read one item as DynamoDB holds it.");
            get.AddCommand<GetSessionCommand>("session");
        });
    }
}
