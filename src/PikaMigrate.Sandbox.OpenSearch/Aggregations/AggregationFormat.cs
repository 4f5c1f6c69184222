using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>An aggregation's <c>format</c> for date values: built on the shard, where a bad pattern fails it (400).</summary>
internal static class AggregationFormat
{
    public static DateFormatter Date(string pattern)
    {
        try
        {
            return DateFormatter.Of(pattern);
        }
        catch (DateParseException e)
        {
            throw new ShardFailureException(SearchErrors.ShardArgument(e.Message));
        }
    }
}
