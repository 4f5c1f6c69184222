using System.ComponentModel;
using PikaMigrate.Analytics.Dashboard;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Analytics;

/// <summary>The report's options (the filters the dashboard opens with, the connection, the entity attribute), plus where to serve.</summary>
internal sealed class ServeSettings : AnalyticsSettings
{
    [CommandOption("--port <N>")]
    [Description("The port on 127.0.0.1 (default: a free one).")]
    public int Port { get; init; }

    [CommandOption("--open")]
    [Description("Open the dashboard in the default browser.")]
    public bool Open { get; init; }

    public override ValidationResult Validate() =>
        Port is < 0 or > DashboardOptions.MaxPort
            ? ValidationResult.Error($"--port: {Port} is out of range; give a port from 1 to {DashboardOptions.MaxPort}, or leave --port out for a free one.")
            : base.Validate();
}
