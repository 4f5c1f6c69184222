using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Ledger;

namespace PikaMigrate.DynamoDb.Ledger;

/// <summary>Step records as items <c>pk = step#&lt;version&gt;</c>, <c>sk = &lt;step id&gt;</c>, the record in JSON.</summary>
public sealed class DynamoDbMigrationLedger(DynamoDbLedgerTable table) : IMigrationLedger
{
    internal static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    public async Task<IReadOnlyList<StepRecord>> ReadAsync(string version, CancellationToken cancellationToken)
    {
        var items = await table.QueryAsync(Partition(version), cancellationToken).ConfigureAwait(false);
        return [.. items.Select(item => JsonSerializer.Deserialize<StepRecord>(item["record"].S, JsonOptions)!)];
    }

    public async Task WriteAsync(StepRecord record, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var item = DynamoDbLedgerTable.Key(Partition(record.Version), record.StepId);
        item["record"] = new AttributeValue(JsonSerializer.Serialize(record, JsonOptions));
        item["state"] = new AttributeValue(record.State.ToString());
        await table.Client.PutItemAsync(new PutItemRequest { TableName = table.Name, Item = item }, cancellationToken).ConfigureAwait(false);
    }

    private static string Partition(string version) => $"step#{version}";
}
