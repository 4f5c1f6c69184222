namespace PikaMigrate.Analytics;

/// <summary>
/// A request the query refuses (a date that is not <c>yyyy-MM-dd</c>, a range that ends before it starts, an
/// unknown value, a secret-looking entity attribute). <see cref="Field"/> is the request's field (e.g.
/// <c>dateRange.start</c>), so a caller can name its own option instead.
/// </summary>
public sealed class AnalyticsRequestException(string field, string problem) : Exception($"{field}: {problem}")
{
    public string Field { get; } = field;

    /// <summary>What is wrong and what the field takes, without the field's name.</summary>
    public string Problem { get; } = problem;
}
