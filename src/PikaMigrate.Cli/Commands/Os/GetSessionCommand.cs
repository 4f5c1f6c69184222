using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Migrations;
using PikaMigrate.OpenSearch.Http;
using Spectre.Console;

namespace PikaMigrate.Cli.Commands.Os;

[Description("The guide's verification look-up: one session's document, with the fields the migrations add (session_attributes masked).")]
internal sealed class GetSessionCommand(Terminal terminal, MigrationCatalog catalog) : PikaCommand<GetSessionSettings>(terminal)
{
    private const string Masked = "***";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected override async Task<int> RunAsync(GetSessionSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var pika = LoadSettings(settings);
        using var client = OpenSearchClientFactory.Create(pika);
        var index = pika.SessionIndex;
        await OpenSearchPreflight.RequireIndexAsync(client, index, cancellationToken).ConfigureAwait(false);
        var source = await client.GetSourceAsync(index, settings.SessionId, cancellationToken).ConfigureAwait(false);
        if (source is not { } found)
        {
            if (output.Json)
            {
                output.WriteJson(new { index, id = settings.SessionId, found = false });
            }

            output.Human.MarkupLineInterpolated($"[red]✗ No document with id '{settings.SessionId}' in index '{index}'.[/]");
            return ExitCodes.Failed;
        }

        var document = JsonNode.Parse(found.GetRawText())!.AsObject();
        if (document["session_attributes"] is JsonObject attributes)
        {
            // Names, tokens and ids of the end user: never printed.
            foreach (var name in attributes.Select(a => a.Key).ToList())
            {
                attributes[name] = Masked;
            }
        }

        var fields = catalog.Migrations.SelectMany(m => m.DescribeDocument(document)).ToList();
        if (output.Json)
        {
            output.WriteJson(new { index, id = settings.SessionId, found = true, fields = fields.ToDictionary(f => f.Key, f => f.Json), document });
        }

        output.Line($"Session {settings.SessionId} (index '{index}'):");
        foreach (var field in fields)
        {
            output.Line(field.Text);
        }

        output.Line();
        output.Line(document.ToJsonString(Indented));
        return ExitCodes.Success;
    }
}
