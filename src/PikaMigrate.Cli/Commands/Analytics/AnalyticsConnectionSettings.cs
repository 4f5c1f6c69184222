using System.ComponentModel;
using PikaMigrate.Cli.Settings;
using PikaMigrate.Core.Configuration;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Analytics;

/// <summary>What every analytics command takes to reach the session index (it reads OpenSearch only: no tables, no ledger).</summary>
internal class AnalyticsConnectionSettings : PikaCommandSettings
{
    [CommandOption("--index <NAME>")]
    [Description("The OpenSearch session index (default: session).")]
    public string? Index { get; init; }

    [CommandOption("--os-service <es|aoss>")]
    [Description("SigV4 service for OpenSearch: es (managed domain, default) or aoss (Serverless).")]
    public string? OpenSearchService { get; init; }

    public PikaSettingsOverrides Overrides => new() { SessionIndex = Index, OpenSearchService = OpenSearchService };
}
