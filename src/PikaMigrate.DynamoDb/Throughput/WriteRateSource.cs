namespace PikaMigrate.DynamoDb.Throughput;

/// <summary>Where a run's write-rate ceiling comes from.</summary>
public enum WriteRateSource
{
    /// <summary>The operator named it.</summary>
    Requested,

    /// <summary>A share of the write capacity units provisioned on the table (and the indexes the write reaches).</summary>
    ProvisionedCapacity,

    /// <summary>A share of an on-demand table's maximum write throughput.</summary>
    OnDemandMaximum,

    /// <summary>On-demand with no maximum: no ceiling; DynamoDB's own limits apply.</summary>
    None,
}
