using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using PikaMigrate.Analytics;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Rendering;

namespace PikaMigrate.Cli.Commands.Analytics;

[Description("The guide's \"Test Session Analytics\": Pika 0.11's Session Analytics for the filters given (read-only), as tables or, with --json, Pika's response document.")]
internal sealed class AnalyticsCommand(Terminal terminal) : PikaCommand<AnalyticsSettings>(terminal)
{
    protected override async Task<int> RunAsync(AnalyticsSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        using var connection = await AnalyticsConnection.OpenAsync(LoadSettings(settings), TimeProvider.System, cancellationToken).ConfigureAwait(false);
        var request = settings.Request(connection.Service.Today);
        var clock = Stopwatch.StartNew();
        var response = await connection.Service.QueryAsync(request, cancellationToken).ConfigureAwait(false);
        if (output.Json)
        {
            output.WriteJson(JsonNode.Parse(AnalyticsJson.Serialize(response)));
        }

        AnalyticsView.Render(request, response, new AnalyticsSource(connection.Service.Index, connection.Endpoint.ToString(), clock.Elapsed), output.Human, withTimeSeries: true);
        return response.Success ? ExitCodes.Success : ExitCodes.Failed;
    }
}
