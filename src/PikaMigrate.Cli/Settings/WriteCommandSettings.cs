using System.ComponentModel;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Settings;

/// <summary>Commands that write take <c>--dry-run</c>.</summary>
internal class WriteCommandSettings : StoreCommandSettings
{
    [CommandOption("--dry-run")]
    [Description("Show what would change; write nothing.")]
    public bool DryRun { get; init; }
}
