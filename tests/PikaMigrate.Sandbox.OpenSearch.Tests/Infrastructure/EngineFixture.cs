namespace PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

/// <summary>One in-memory engine on a free loopback port for the whole test run; tests use their own indices.</summary>
public sealed class EngineFixture : IAsyncLifetime
{
    private OpenSearchEngineServer? _server;
    private int _next;

    public EngineClient Client { get; private set; } = null!;

    public Uri Endpoint => _server?.Endpoint ?? throw new InvalidOperationException("The engine is not running.");

    public async Task InitializeAsync()
    {
        _server = await OpenSearchEngineServer.StartAsync(new EngineOptions { Port = 0 });
        Client = new EngineClient(_server.Endpoint);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A fresh index name, so tests sharing the engine never collide.</summary>
    public string NewIndex(string prefix = "idx") => $"{prefix}-{Interlocked.Increment(ref _next)}";
}
