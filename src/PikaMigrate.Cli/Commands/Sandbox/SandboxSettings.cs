using System.ComponentModel;
using PikaMigrate.Migrations.Commands;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Sandbox;

internal class SandboxSettings : PikaCommandSettings
{
    [CommandOption("--dir <PATH>")]
    [Description("Where the sandbox keeps its data, logs and env file (default: .sandbox).")]
    public string Directory { get; init; } = ".sandbox";
}
