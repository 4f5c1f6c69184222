namespace PikaMigrate.Analytics;

/// <summary>One of <c>costByInvocationMode</c>: the bucket key (<c>_undefined</c> for none) and Pika's description.</summary>
public sealed record InvocationModeCost
{
    public required string InvocationMode { get; init; }

    public long SessionCount { get; init; }

    public double TotalCost { get; init; }

    public double InputCost { get; init; }

    public double OutputCost { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public required string Description { get; init; }
}
