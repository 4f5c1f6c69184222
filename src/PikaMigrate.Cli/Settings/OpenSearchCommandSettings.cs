using System.ComponentModel;
using PikaMigrate.Core.Configuration;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Settings;

/// <summary>What commands that reach the session index take on top of the common options.</summary>
internal class OpenSearchCommandSettings : PikaCommandSettings
{
    [CommandOption("--index <NAME>")]
    [Description("The OpenSearch session index (default: session).")]
    public string? Index { get; init; }

    [CommandOption("--os-service <es|aoss>")]
    [Description("SigV4 service for OpenSearch: es (managed domain, default) or aoss (Serverless).")]
    public string? OpenSearchService { get; init; }

    public virtual PikaSettingsOverrides Overrides => new() { SessionIndex = Index, OpenSearchService = OpenSearchService };
}
