using System.ComponentModel;
using PikaMigrate.Migrations.Commands;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Ddb;

internal sealed class GetSessionSettings : StoreCommandSettings
{
    [CommandArgument(0, "<SESSION_ID>")]
    [Description("The session id (the chat-session table's sort key).")]
    public string SessionId { get; init; } = string.Empty;

    [CommandOption("--user-id <USER_ID>")]
    [Description("The session's user (the partition key): read by key instead of scanning for the session id.")]
    public string? UserId { get; init; }
}
