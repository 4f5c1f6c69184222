using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace PikaMigrate.DynamoDb.Throughput;

/// <summary>
/// The most items per second a run writes to a live table: what the operator asked for; else, on a provisioned table,
/// <see cref="DefaultShare"/> of its write capacity (the least of the table's and those of the indexes the write
/// reaches) in items of the table's average size; else, on an on-demand table with a maximum write throughput, the
/// same share of it; else none.
/// </summary>
/// <param name="ItemsPerSecond">The ceiling; null when there is none.</param>
/// <param name="CapacityUnits">The write capacity units the share was taken of.</param>
/// <param name="UnitsPerItem">Write capacity units one item's write costs (one per KB, rounded up).</param>
/// <param name="AverageItemBytes">The table's average item size, when DescribeTable gave one.</param>
public sealed record WriteRateCeiling(double? ItemsPerSecond, WriteRateSource Source, long? CapacityUnits = null, int UnitsPerItem = 1, long? AverageItemBytes = null)
{
    /// <summary>The share of the capacity a run takes by default, leaving the rest to the application that keeps serving.</summary>
    public const double DefaultShare = 0.5;

    private const int BytesPerWriteUnit = 1024;

    public static WriteRateCeiling Requested(double itemsPerSecond) => new(itemsPerSecond, WriteRateSource.Requested);

    /// <param name="table">The table as DescribeTable returns it (ItemCount and TableSizeBytes are refreshed about every six hours).</param>
    /// <param name="writtenAttribute">The attribute the run sets: a global secondary index that projects it is written too.</param>
    public static WriteRateCeiling Of(TableDescription table, string writtenAttribute)
    {
        var averageBytes = table.ItemCount is > 0 && table.TableSizeBytes is > 0 ? table.TableSizeBytes / table.ItemCount : null;
        var unitsPerItem = averageBytes is { } bytes ? (int)Math.Max(1, Math.Ceiling(bytes / (double)BytesPerWriteUnit)) : 1;
        var reached = (table.GlobalSecondaryIndexes ?? []).Where(index => Projects(index, writtenAttribute)).ToList();
        if (table.BillingModeSummary?.BillingMode != BillingMode.PAY_PER_REQUEST && table.ProvisionedThroughput?.WriteCapacityUnits is > 0)
        {
            var units = reached.Select(i => i.ProvisionedThroughput?.WriteCapacityUnits ?? 0).Where(u => u > 0)
                .Append(table.ProvisionedThroughput.WriteCapacityUnits.Value).Min();
            return new(Share(units, unitsPerItem), WriteRateSource.ProvisionedCapacity, units, unitsPerItem, averageBytes);
        }

        var maxima = reached.Select(i => i.OnDemandThroughput?.MaxWriteRequestUnits ?? 0).Append(table.OnDemandThroughput?.MaxWriteRequestUnits ?? 0).Where(u => u > 0).ToList();
        return maxima.Count > 0
            ? new(Share(maxima.Min(), unitsPerItem), WriteRateSource.OnDemandMaximum, maxima.Min(), unitsPerItem, averageBytes)
            : new(null, WriteRateSource.None, null, unitsPerItem, averageBytes);
    }

    /// <summary>One line for a plan, e.g. "200 items/s: 50% of the 400 write capacity units provisioned, 1 unit per item (items average 0.7 KB)".</summary>
    public string Describe() => Source switch
    {
        WriteRateSource.Requested => string.Create(CultureInfo.InvariantCulture, $"{ItemsPerSecond:0.##} items/s, as requested"),
        WriteRateSource.ProvisionedCapacity => string.Create(CultureInfo.InvariantCulture, $"{ItemsPerSecond:0.##} items/s: {DefaultShare:0%} of the {CapacityUnits} write capacity units provisioned, {Units()}"),
        WriteRateSource.OnDemandMaximum => string.Create(CultureInfo.InvariantCulture, $"{ItemsPerSecond:0.##} items/s: {DefaultShare:0%} of the table's on-demand maximum of {CapacityUnits} write request units, {Units()}"),
        _ => "none: the table is on-demand, so DynamoDB's own limits apply (throttling slows the run down by itself)",
    };

    private string Units() => string.Create(CultureInfo.InvariantCulture, $"{UnitsPerItem} unit{(UnitsPerItem == 1 ? string.Empty : "s")} per item")
        + (AverageItemBytes is { } bytes ? string.Create(CultureInfo.InvariantCulture, $" (items average {bytes / (double)BytesPerWriteUnit:0.0} KB)") : string.Empty);

    private static double Share(long units, int unitsPerItem) => Math.Max(1, Math.Floor(units * DefaultShare / unitsPerItem));

    private static bool Projects(GlobalSecondaryIndexDescription index, string attribute) =>
        index.Projection?.ProjectionType == ProjectionType.ALL
        || (index.Projection?.NonKeyAttributes ?? []).Contains(attribute, StringComparer.Ordinal)
        || (index.KeySchema ?? []).Any(k => k.AttributeName == attribute);
}
