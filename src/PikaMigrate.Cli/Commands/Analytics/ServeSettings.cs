using System.ComponentModel;
using PikaMigrate.Analytics.Dashboard;
using PikaMigrate.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Analytics;

internal sealed class ServeSettings : StoreCommandSettings
{
    [CommandOption("--port <N>")]
    [Description("The port on 127.0.0.1 (default: a free one).")]
    public int Port { get; init; }

    [CommandOption("--open")]
    [Description("Open the dashboard in the default browser.")]
    public bool Open { get; init; }

    [CommandOption("--entity-attribute <NAME>")]
    [Description("The session attribute that names a session's entity (Pika's default: entity): adds the entity filter, card and chart.")]
    public string? EntityAttribute { get; init; }

    public override ValidationResult Validate() =>
        Port is < 0 or > DashboardOptions.MaxPort
            ? ValidationResult.Error($"--port {Port} is out of range: give a port from 1 to {DashboardOptions.MaxPort}, or leave --port out for a free one.")
            : ValidationResult.Success();
}
