using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core;
using PikaMigrate.Core.Ledger;
using PikaMigrate.DynamoDb.Ledger;
using PikaMigrate.DynamoDb.Tests.Fixtures;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Ledger;

namespace PikaMigrate.DynamoDb.Tests.Ledger;

[Collection(DynamoDbLocalCollection.Name)]
public sealed class DynamoDbLedgerTests(DynamoDbLocalFixture dynamo) : LedgerConformanceTests, IDisposable
{
    private readonly IAmazonDynamoDB _client = dynamo.CreateClient();
    private string _table = string.Empty;

    public void Dispose() => _client.Dispose();

    protected override LedgerConnection OpenLedger(TimeProvider time)
    {
        _table = $"pika-migrations-{Guid.NewGuid():N}";
        return DynamoDbLedger.Open(_client, _table, time);
    }

    protected override LedgerConnection OpenLedgerLike(LedgerConnection ledger, TimeProvider time) => DynamoDbLedger.Open(_client, _table, time);

    [Fact]
    public async Task The_table_is_created_on_demand_billing_by_the_first_write()
    {
        var ledger = OpenLedger(TimeProvider.System);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => _client.DescribeTableAsync(_table));

        await ledger.Checkpoints.WriteAsync("k", "v", CancellationToken.None);

        var table = (await _client.DescribeTableAsync(_table)).Table;
        Assert.Equal(BillingMode.PAY_PER_REQUEST, table.BillingModeSummary.BillingMode);
        Assert.Equal("v", await ledger.Checkpoints.ReadAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task A_ledger_table_that_cannot_be_read_stops_the_run()
    {
        var ledger = OpenLedger(TimeProvider.System);
        // Someone else's table under the ledger's name, with another key schema: every read is rejected.
        await _client.CreateTableAsync(new CreateTableRequest
        {
            TableName = _table,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition("id", ScalarAttributeType.S)],
            KeySchema = [new KeySchemaElement("id", KeyType.HASH)],
        });

        var error = await Assert.ThrowsAsync<PreflightException>(() => ledger.Ledger.ReadAsync("0.11.0", CancellationToken.None));

        Assert.Contains(_table, error.Problem, StringComparison.Ordinal);
        Assert.Contains("never assumes nothing ran", error.Fix, StringComparison.Ordinal);
    }
}
