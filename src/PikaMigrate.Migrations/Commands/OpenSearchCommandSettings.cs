using System.ComponentModel;
using PikaMigrate.Core.Configuration;
using Spectre.Console.Cli;

namespace PikaMigrate.Migrations.Commands;

/// <summary>What commands that reach the session index (and so AWS) take on top of the common options.</summary>
public class OpenSearchCommandSettings : PikaCommandSettings
{
    [CommandOption("--index <NAME>")]
    [Description("The OpenSearch session index (default: session).")]
    public string? Index { get; init; }

    [CommandOption("--os-service <es|aoss>")]
    [Description("SigV4 service for OpenSearch: es (managed domain, default) or aoss (Serverless).")]
    public string? OpenSearchService { get; init; }

    [CommandOption("--profile <NAME>")]
    [Description("The AWS profile (shared config and credentials files), over AWS_PROFILE and any access keys in the environment or the env file.")]
    public string? Profile { get; init; }

    [CommandOption("--region <REGION>")]
    [Description("The AWS region, over AWS_REGION, AWS_DEFAULT_REGION and the profile's region.")]
    public string? Region { get; init; }

    public virtual PikaSettingsOverrides Overrides => new()
    {
        SessionIndex = Index,
        OpenSearchService = OpenSearchService,
        Profile = Profile,
        Region = Region,
    };
}
