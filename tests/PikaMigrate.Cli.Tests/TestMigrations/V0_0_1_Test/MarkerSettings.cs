using System.ComponentModel;
using PikaMigrate.Migrations.Commands;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Tests.TestMigrations.V0_0_1_Test;

/// <summary>The test steps' commands: every writing command's options, and the marker to write.</summary>
public sealed class MarkerSettings : WriteCommandSettings
{
    [CommandOption("--marker <TEXT>")]
    [Description("The value to stamp (default: the migration's version).")]
    public string Marker { get; init; } = "0.0.1-test";
}
