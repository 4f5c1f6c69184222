using System.Text.Json.Nodes;

namespace PikaMigrate.Analytics.Query;

/// <summary>One clause of the query's <c>bool.filter</c>, what it filters on, and the keyword twin it reads if any.</summary>
internal sealed record AnalyticsFilter(FilterKind Kind, JsonObject Clause, AnalyticsTwin? Twin = null);
