using System.ComponentModel;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Sandbox;

internal sealed class SandboxSeedSettings : DatasetSettings
{
    [CommandOption("--dir <PATH>")]
    [Description("The sandbox directory `sandbox up` used (default: .sandbox).")]
    public string Directory { get; init; } = ".sandbox";
}
