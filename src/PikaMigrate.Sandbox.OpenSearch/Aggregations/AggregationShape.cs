namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>What an aggregation is to a bucket <c>order</c> path (Aggregator.resolveSortPath / bucketComparator).</summary>
internal enum AggregationShape
{
    /// <summary>terms, date_histogram, filters: cannot be on an order path.</summary>
    MultiBucket,

    /// <summary>filter, missing: may be inside a path; at its end it orders by <c>doc_count</c>.</summary>
    SingleBucket,

    /// <summary>sum, avg, min, max, value_count, cardinality: orders by <c>value</c>.</summary>
    SingleValueMetric,

    /// <summary>stats: orders by a named metric (<c>stats.avg</c>).</summary>
    MultiValueMetric,
}
