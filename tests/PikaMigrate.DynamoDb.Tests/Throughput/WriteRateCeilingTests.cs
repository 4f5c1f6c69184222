using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.DynamoDb.Throughput;

namespace PikaMigrate.DynamoDb.Tests.Throughput;

/// <summary>The default ceiling from DescribeTable: half the write capacity, in items of the table's average size.</summary>
public sealed class WriteRateCeilingTests
{
    [Fact]
    public void A_provisioned_table_gets_half_its_write_capacity_in_items_of_its_average_size()
    {
        var small = WriteRateCeiling.Of(Provisioned(400, itemBytes: 700), "user_type");
        var large = WriteRateCeiling.Of(Provisioned(400, itemBytes: 2500), "user_type");

        Assert.Equal((200, WriteRateSource.ProvisionedCapacity, 400L, 1), (small.ItemsPerSecond, small.Source, small.CapacityUnits, small.UnitsPerItem));
        Assert.Equal((66, 3), (large.ItemsPerSecond, large.UnitsPerItem));
        Assert.Equal("200 items/s: 50% of the 400 write capacity units provisioned, 1 unit per item (items average 0.7 KB)", small.Describe());
    }

    [Fact]
    public void An_index_the_write_reaches_with_less_capacity_sets_the_ceiling_and_one_it_does_not_reach_is_ignored()
    {
        var table = Provisioned(400, itemBytes: 700);
        table.GlobalSecondaryIndexes =
        [
            Index("by-app", ProjectionType.KEYS_ONLY, writeUnits: 10),
            Index("by-type", ProjectionType.INCLUDE, writeUnits: 100, included: "user_type"),
        ];

        var ceiling = WriteRateCeiling.Of(table, "user_type");

        Assert.Equal((50, 100L), (ceiling.ItemsPerSecond, ceiling.CapacityUnits));
    }

    [Fact]
    public void An_on_demand_table_has_no_ceiling_unless_it_has_a_maximum_write_throughput()
    {
        var onDemand = OnDemand();
        var capped = OnDemand();
        capped.OnDemandThroughput = new OnDemandThroughput { MaxWriteRequestUnits = 1000 };

        var none = WriteRateCeiling.Of(onDemand, "user_type");
        var maximum = WriteRateCeiling.Of(capped, "user_type");

        Assert.Equal((null, WriteRateSource.None), (none.ItemsPerSecond, none.Source));
        Assert.StartsWith("none: the table is on-demand", none.Describe());
        Assert.Equal((500, WriteRateSource.OnDemandMaximum), (maximum.ItemsPerSecond, maximum.Source));
    }

    private static TableDescription Provisioned(long writeUnits, long itemBytes) => new()
    {
        TableName = "chat-session",
        ItemCount = 1000,
        TableSizeBytes = 1000 * itemBytes,
        ProvisionedThroughput = new ProvisionedThroughputDescription { ReadCapacityUnits = 100, WriteCapacityUnits = writeUnits },
    };

    private static TableDescription OnDemand() => new()
    {
        TableName = "chat-session",
        ItemCount = 1000,
        TableSizeBytes = 700_000,
        BillingModeSummary = new BillingModeSummary { BillingMode = BillingMode.PAY_PER_REQUEST },
        ProvisionedThroughput = new ProvisionedThroughputDescription { ReadCapacityUnits = 0, WriteCapacityUnits = 0 },
    };

    private static GlobalSecondaryIndexDescription Index(string name, ProjectionType projection, long writeUnits, string? included = null) => new()
    {
        IndexName = name,
        KeySchema = [new KeySchemaElement("chat_app_id", KeyType.HASH)],
        Projection = new Projection { ProjectionType = projection, NonKeyAttributes = included is null ? null : [included] },
        ProvisionedThroughput = new ProvisionedThroughputDescription { WriteCapacityUnits = writeUnits },
    };
}
