namespace PikaMigrate.Analytics.Dashboard;

/// <summary>Where the dashboard listens and what its page offers.</summary>
public sealed record DashboardOptions
{
    public const int MaxPort = 65_535;

    /// <summary>The port on 127.0.0.1; 0 takes a free one.</summary>
    public int Port { get; init; }

    /// <summary>The session attribute that names a session's entity; null hides the entity filter, card and chart.</summary>
    public string? EntityAttributeName { get; init; }
}
