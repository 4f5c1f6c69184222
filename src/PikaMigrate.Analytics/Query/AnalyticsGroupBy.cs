namespace PikaMigrate.Analytics.Query;

/// <summary>The time series' period and its OpenSearch <c>calendar_interval</c>.</summary>
internal enum AnalyticsGroupBy
{
    Day,
    Week,
    Month,
}
