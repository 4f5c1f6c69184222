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

    /// <summary>
    /// Makes every write searchable at once instead of after the next refresh (OpenSearch's near-real-time search,
    /// the default). Only for tests of things that have nothing to do with refresh; code that must work on a real
    /// cluster is tested without it.
    /// </summary>
    public bool RefreshOnEveryWrite { get; init; }

    /// <summary>Where the engine logs (startup, persistence, unexpected failures); none by default.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
