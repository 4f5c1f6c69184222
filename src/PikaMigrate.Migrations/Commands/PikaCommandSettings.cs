using System.ComponentModel;
using Spectre.Console.Cli;

namespace PikaMigrate.Migrations.Commands;

/// <summary>What every command takes.</summary>
public class PikaCommandSettings : CommandSettings
{
    [CommandOption("--env-file <PATH>")]
    [Description("The guide's env file (default: ./.env.local, else services/pika/.env.local).")]
    public string? EnvFile { get; init; }

    [CommandOption("--json")]
    [Description("One JSON document (or JSON lines) on stdout; human text goes to stderr.")]
    public bool Json { get; init; }

    [CommandOption("-y|--yes")]
    [Description("Do not ask before writing.")]
    public bool Yes { get; init; }
}
