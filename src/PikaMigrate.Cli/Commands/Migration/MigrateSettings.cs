using System.ComponentModel;
using PikaMigrate.Cli.Settings;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Migration;

/// <summary><c>migrate</c>: the version, and --dry-run to stop after the plan.</summary>
internal sealed class MigrateSettings : WriteCommandSettings
{
    [CommandArgument(0, "<version>")]
    [Description("The Pika version to migrate to, e.g. 0.11.0.")]
    public string Version { get; init; } = string.Empty;
}
