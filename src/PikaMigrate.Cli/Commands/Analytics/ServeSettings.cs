using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PikaMigrate.Analytics.Dashboard;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Analytics;

/// <summary>The report's options (the filters the dashboard opens with, the connection, the entity attribute), plus where to serve.</summary>
internal sealed class ServeSettings : AnalyticsSettings
{
    [CommandOption("--port <N>")]
    [Range(0, DashboardOptions.MaxPort)]
    [Description("The port on 127.0.0.1 (default: a free one).")]
    public int Port { get; init; }

    [CommandOption("--open")]
    [Description("Open the dashboard in the default browser.")]
    public bool Open { get; init; }
}
