using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Sandbox;

internal sealed class SandboxOpenSearchSettings : CommandSettings
{
    [CommandOption("--port <PORT>")]
    [Range(0, 65535)]
    [Description("Loopback port to serve on (default 9200).")]
    public int Port { get; init; } = 9200;

    [CommandOption("--data-dir <PATH>")]
    [Description("Keep the indices here so they survive a restart (default: memory only).")]
    public string? DataDirectory { get; init; }
}
