using Microsoft.Extensions.Logging;

namespace PikaMigrate.Sandbox.OpenSearch;

/// <summary>How to host the engine.</summary>
public sealed class EngineOptions
{
    /// <summary>The loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Where the indices persist across restarts; null keeps everything in memory.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The node name <c>GET /</c> reports.</summary>
    public string NodeName { get; init; } = "pika-sandbox";

    /// <summary>Where the engine logs (startup, persistence, unexpected failures); none by default.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
