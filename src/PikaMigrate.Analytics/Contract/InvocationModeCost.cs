namespace PikaMigrate.Analytics;

/// <summary>One of <c>costByInvocationMode</c>: the bucket key (<c>_undefined</c> for none) and Pika's description.</summary>
public sealed record InvocationModeCost : CostBreakdownEntry
{
    public required string InvocationMode { get; init; }
}
