namespace PikaMigrate.Core.Locking;

public sealed record LeaseOptions
{
    /// <summary>How long the lock outlives its last heartbeat: the longest a killed run keeps others out.</summary>
    public TimeSpan TimeToLive { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(15);
}
