using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core;
using PikaMigrate.DynamoDb;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>Checks, before anything is written, that both tables exist and have Pika's key schemas.</summary>
internal static class BackfillTables
{
    public static async Task<(TableDescription Sessions, TableDescription Users)> DescribeAsync(
        IAmazonDynamoDB client, BackfillOptions options, CancellationToken cancellationToken)
    {
        var catalog = new DynamoDbTableCatalog(client);
        var sessions = await RequireAsync(catalog, options.SessionTable, "chat-session", "--session-table", cancellationToken).ConfigureAwait(false);
        RequireKeys(sessions, "chat-session", "--session-table", ("user_id", KeyType.HASH), ("session_id", KeyType.RANGE));
        var users = await RequireAsync(catalog, options.UserTable, "chat-user", "--user-table", cancellationToken).ConfigureAwait(false);
        RequireKeys(users, "chat-user", "--user-table", ("user_id", KeyType.HASH));
        return (sessions, users);
    }

    private static async Task<TableDescription> RequireAsync(
        DynamoDbTableCatalog catalog, string name, string kind, string option, CancellationToken cancellationToken) =>
        await catalog.DescribeAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new PreflightException(
                $"The {kind} table '{name}' does not exist.",
                $"Check stage and PIKA_SERVICE_PROJ_NAME_KEBAB_CASE, AWS_REGION and the account, or name the table with {option}.");

    private static void RequireKeys(TableDescription table, string kind, string option, params (string Name, KeyType Type)[] keys)
    {
        var schema = table.KeySchema ?? [];
        var types = (table.AttributeDefinitions ?? []).ToDictionary(a => a.AttributeName, a => a.AttributeType?.Value, StringComparer.Ordinal);
        var matches = schema.Count == keys.Length
            && keys.All(k => schema.Any(s => s.AttributeName == k.Name && s.KeyType == k.Type) && types.GetValueOrDefault(k.Name) == "S");
        if (!matches)
        {
            var expected = string.Join(", ", keys.Select(k => $"{k.Name} ({k.Type}, string)"));
            var actual = string.Join(", ", schema.Select(s => $"{s.AttributeName} ({s.KeyType})"));
            throw new PreflightException(
                $"The table '{table.TableName}' does not have the {kind} keys: expected {expected}, found {actual}.",
                $"Point {option} at Pika's {kind} table.");
        }
    }
}
