using System.ComponentModel;
using System.Text.Json;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Configuration;
using PikaMigrate.DynamoDb.Sessions;
using PikaMigrate.Migrations;
using Spectre.Console;

namespace PikaMigrate.Cli.Commands.Ddb;

[Description("Print one chat-session item as DynamoDB holds it (session_attributes values masked).")]
internal sealed class GetSessionCommand(Terminal terminal, MigrationCatalog catalog) : PikaCommand<GetSessionSettings>(terminal)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected override async Task<int> RunAsync(GetSessionSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        using var stores = await PikaStores.ConnectAsync(LoadSettings(settings), new StoreNeeds([PikaTables.ChatSession], OpenSearchUse.None), cancellationToken).ConfigureAwait(false);
        var table = stores.Table(PikaTables.ChatSession);
        var found = await new ChatSessionFinder(stores.DynamoDb, table).FindAsync(settings.SessionId, settings.UserId, cancellationToken).ConfigureAwait(false);
        if (output.Json)
        {
            output.WriteJson(new
            {
                table,
                sessionId = settings.SessionId,
                found = found is not null,
                foundBy = found is null ? null : found.FoundByScan ? "scan" : "key",
                itemsScanned = found?.ItemsScanned,
                item = found?.Item,
            });
        }

        if (found is null)
        {
            if (settings.UserId is null)
            {
                output.Human.MarkupLineInterpolated($"[red]✗ No session '{settings.SessionId}' in {table} (the whole table was scanned).[/]");
            }
            else
            {
                output.Human.MarkupLineInterpolated($"[red]✗ No session '{settings.SessionId}' of user '{settings.UserId}' in {table}.[/]");
            }

            return ExitCodes.Failed;
        }

        output.Line(found.FoundByScan
            ? $"Session {settings.SessionId} in {table} (found by a scan of {found.ItemsScanned} items: no --user-id given; with it the item is read by key):"
            : $"Session {settings.SessionId} of user {settings.UserId} in {table}:");
        output.Line(found.Item.ToJsonString(Indented));
        foreach (var attribute in catalog.Migrations.SelectMany(m => m.DescribeItem(found.Item)))
        {
            output.Line(attribute.Text);
        }

        return ExitCodes.Success;
    }
}
