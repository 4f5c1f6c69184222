using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Os;

/// <summary>The <c>os</c> branch: OpenSearch steps and look-ups (guide Part A).</summary>
internal static class OsCommands
{
    public static void Register(IConfigurator<CommandSettings> os)
    {
        os.SetDescription("OpenSearch steps and look-ups (guide Part A).");
        os.AddCommand<UpdateSessionMappingCommand>("update-session-mapping");
        os.AddCommand<CopyToKeywordFieldsCommand>("copy-to-keyword-fields");
        os.AddBranch("get", get =>
        {
            get.SetDescription("Read one document as the index holds it.");
            get.AddCommand<GetSessionCommand>("session");
        });
    }
}
