using System.Text.Json.Nodes;

namespace PikaMigrate.Analytics.Query;

/// <summary>One clause of the query's <c>bool.filter</c>, and what it filters on.</summary>
internal sealed record AnalyticsFilter(FilterKind Kind, JsonObject Clause);
