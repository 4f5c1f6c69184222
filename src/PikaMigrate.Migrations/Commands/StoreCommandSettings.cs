using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PikaMigrate.Core.Configuration;
using Spectre.Console.Cli;

namespace PikaMigrate.Migrations.Commands;

/// <summary>What commands that reach the Pika stores take on top of the common options.</summary>
public class StoreCommandSettings : PikaCommandSettings
{
    [CommandOption("--session-table <NAME>")]
    [Description("The chat-session table, instead of looking up chat-session-<project>-<stage> and <project>-<stage>-chat-session.")]
    public string? SessionTable { get; init; }

    [CommandOption("--user-table <NAME>")]
    [Description("The chat-user table, instead of looking up chat-user-<project>-<stage> and <project>-<stage>-chat-user.")]
    public string? UserTable { get; init; }

    [CommandOption("--index <NAME>")]
    [Description("The OpenSearch session index (default: session).")]
    public string? Index { get; init; }

    [CommandOption("--os-service <es|aoss>")]
    [AllowedValues("es", "aoss")]
    [Description("SigV4 service for OpenSearch: es (managed domain, default) or aoss (Serverless).")]
    public string? OpenSearchService { get; init; }

    [CommandOption("--ledger <SPEC>")]
    [Description("Where step state, checkpoints and the lock live: dynamodb (default: table pika-migrations-<project>-<stage>, created on first use), dynamodb:<table>, or file:<path>.")]
    public string? Ledger { get; init; }

    [CommandOption("--profile <NAME>")]
    [Description("The AWS profile (shared config and credentials files), over AWS_PROFILE and any access keys in the environment or the env file.")]
    public string? Profile { get; init; }

    [CommandOption("--region <REGION>")]
    [Description("The AWS region, over AWS_REGION, AWS_DEFAULT_REGION and the profile's region.")]
    public string? Region { get; init; }

    public PikaSettingsOverrides Overrides => new()
    {
        SessionTable = SessionTable,
        UserTable = UserTable,
        SessionIndex = Index,
        OpenSearchService = OpenSearchService,
        Profile = Profile,
        Region = Region,
    };
}
