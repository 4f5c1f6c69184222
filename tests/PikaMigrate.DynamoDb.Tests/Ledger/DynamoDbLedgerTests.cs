using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core;
using System.Net;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;
using PikaMigrate.DynamoDb.Ledger;
using PikaMigrate.DynamoDb.Tests.Fixtures;
using PikaMigrate.Testing;
using PikaMigrate.Testing.DynamoDb;
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

    [Fact]
    public async Task A_lock_write_the_SDK_sends_again_after_a_lost_answer_is_recognised_as_ours()
    {
        // DynamoDB takes the lease, the answer is lost (a 500), and the SDK sends the same conditional write again:
        // its condition now fails on the lease it wrote itself.
        var lost = 0;
        var traffic = new DynamoDbTraffic();
        traffic.Intercept = async (call, forward) =>
        {
            if (call.Operation != "PutItem" || (string?)call.Body["Item"]?["pk"]?["S"] != "lock" || Interlocked.Increment(ref lost) != 1)
            {
                return null;
            }

            await forward(call.Body);
            return DynamoDbTraffic.Error("InternalServerError", "Internal server error", HttpStatusCode.InternalServerError);
        };
        using var client = DynamoDbClientFactory.Create(dynamo.Settings("lost-lock"), traffic.Factory);
        var ledger = DynamoDbLedger.Open(client, $"pika-migrations-{Guid.NewGuid():N}", TimeProvider.System);

        await using var lease = await Lease.AcquireAsync(ledger.Lock, ledger.Description, "migrate 0.11.0", new LeaseOptions(), TimeProvider.System, CancellationToken.None);

        Assert.Equal(2, traffic.Calls.Count(c => c.Operation == "PutItem" && (string?)c.Body["Item"]?["pk"]?["S"] == "lock"));
        Assert.Equal(lease.Holder.LeaseId, (await ledger.Lock.ReadAsync(CancellationToken.None))!.LeaseId);
    }
}
