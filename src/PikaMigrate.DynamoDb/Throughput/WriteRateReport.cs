namespace PikaMigrate.DynamoDb.Throughput;

/// <summary>What a run's write rate did, measured on the run's own clock.</summary>
/// <param name="ItemsAcknowledged">Items DynamoDB accepted (throttled attempts not counted).</param>
/// <param name="Seconds">From the first write sent to the last one sent: the time the writes went out over, whatever the server's latency.</param>
/// <param name="AchievedItemsPerSecond">Items acknowledged over those seconds; null before a second call.</param>
/// <param name="ThrottledItems">Item writes DynamoDB throttled (each sent again).</param>
/// <param name="Decreases">Times the rate was cut for throttling.</param>
/// <param name="LowestItemsPerSecond">The lowest rate set; null when it never had a limit.</param>
/// <param name="Trace">Every change of the rate, in order (at most <see cref="AdaptiveWriteRate.MaxTraceEntries"/>).</param>
/// <param name="TraceDropped">Changes past that many, not kept.</param>
public sealed record WriteRateReport(
    WriteRateCeiling Ceiling,
    long ItemsAcknowledged,
    double Seconds,
    double? AchievedItemsPerSecond,
    long ThrottledItems,
    long Decreases,
    double? LowestItemsPerSecond,
    IReadOnlyList<RateChange> Trace,
    int TraceDropped);
