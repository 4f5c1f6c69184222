using System.ComponentModel;
using Spectre.Console.Cli;

namespace PikaMigrate.Migrations.Commands;

/// <summary>Commands that write take <c>--dry-run</c>.</summary>
public class WriteCommandSettings : StoreCommandSettings
{
    [CommandOption("--dry-run")]
    [Description("Show what would change; write nothing.")]
    public bool DryRun { get; init; }
}
