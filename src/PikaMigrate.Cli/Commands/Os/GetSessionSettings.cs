using System.ComponentModel;
using PikaMigrate.Migrations.Commands;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Os;

internal sealed class GetSessionSettings : StoreCommandSettings
{
    [CommandArgument(0, "<SESSION_ID>")]
    [Description("The session id (the document's _id).")]
    public string SessionId { get; init; } = string.Empty;
}
