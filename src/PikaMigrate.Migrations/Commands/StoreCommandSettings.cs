using System.ComponentModel;
using PikaMigrate.Core.Configuration;
using Spectre.Console.Cli;

namespace PikaMigrate.Migrations.Commands;

/// <summary>What commands that reach both Pika stores take on top of the session index's options.</summary>
public class StoreCommandSettings : OpenSearchCommandSettings
{
    [CommandOption("--session-table <NAME>")]
    [Description("The chat-session table, instead of looking up chat-session-<project>-<stage> and <project>-<stage>-chat-session.")]
    public string? SessionTable { get; init; }

    [CommandOption("--user-table <NAME>")]
    [Description("The chat-user table, instead of looking up chat-user-<project>-<stage> and <project>-<stage>-chat-user.")]
    public string? UserTable { get; init; }

    [CommandOption("--ledger <SPEC>")]
    [Description("Where step state, checkpoints and the lock live: dynamodb (default: table pika-migrations-<project>-<stage>, created on first use), dynamodb:<table>, or file:<path>.")]
    public string? Ledger { get; init; }

    public override PikaSettingsOverrides Overrides => base.Overrides with { SessionTable = SessionTable, UserTable = UserTable };
}
