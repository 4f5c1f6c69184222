namespace PikaMigrate.Sandbox.Dataset;

/// <summary>A chat session as Pika 0.10 stored it (snake_case attribute names are applied when written).</summary>
public sealed record SeedSession
{
    public required string UserId { get; init; }
    public required string SessionId { get; init; }
    public required string ChatAppId { get; init; }
    public required string AgentId { get; init; }
    public string? InvocationMode { get; init; }
    /// <summary>Null for a session from before Pika wrote one (<see cref="DatasetOptions.UnsourcedEvery"/>).</summary>
    public string? Source { get; init; }
    public string? UserType { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Created { get; init; }
    public required DateTimeOffset LastUpdate { get; init; }
    public required long InputTokens { get; init; }
    public required long OutputTokens { get; init; }
    public required double InputCost { get; init; }
    public required double OutputCost { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string Token { get; init; }
    /// <summary>The user's account, in session_attributes under <see cref="PikaDataset.EntityAttribute"/>.</summary>
    public required string Entity { get; init; }
    public required int MessageCount { get; init; }

    public double TotalCost => Math.Round(InputCost + OutputCost, 6);

    public string LastMessageId => $"{SessionId}:{MessageCount:D5}";
}
