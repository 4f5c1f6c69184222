using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Handlers;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Persistence;

namespace PikaMigrate.Sandbox.OpenSearch;

/// <summary>
/// The OpenSearch-compatible engine served over HTTP on 127.0.0.1: start it (in a test on port 0, or for the
/// sandbox), use <see cref="Endpoint"/>, dispose it to stop. With a data directory the indices are loaded before
/// it listens and persisted as it runs; disposing writes a snapshot.
/// </summary>
public sealed class OpenSearchEngineServer : IAsyncDisposable
{
    private const long MaxRequestBytes = 100L * 1024 * 1024;

    private readonly WebApplication _app;
    private readonly OpenSearchEngine _engine;
    private readonly EngineStore? _store;
    private int _disposed;

    private OpenSearchEngineServer(WebApplication app, OpenSearchEngine engine, EngineStore? store, Uri endpoint)
    {
        _app = app;
        _engine = engine;
        _store = store;
        Endpoint = endpoint;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri Endpoint { get; }

    public int Port => Endpoint.Port;

    public static async Task<OpenSearchEngineServer> StartAsync(EngineOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loggers = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var store = options.DataDirectory is null ? null : await EngineStore.OpenAsync(options.DataDirectory, options.NodeName, options.RefreshOnEveryWrite, loggers.CreateLogger<EngineStore>(), cancellationToken).ConfigureAwait(false);
        var engine = store?.Engine ?? new OpenSearchEngine(NodeIdentity.Create(options.NodeName), log: null, TimeProvider.System, options.RefreshOnEveryWrite);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(OpenSearchEngineServer).Assembly.GetName().Name });
        builder.Services.AddSingleton(loggers);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        var dispatcher = new RestDispatcher(Routes(engine), loggers.CreateLogger<RestDispatcher>());
        app.Run(dispatcher.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            engine.Close();
            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new OpenSearchEngineServer(app, engine, store, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Stops listening, stops running tasks and (when persisting) writes a snapshot.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Tasks first: a request waiting for its update by query then completes, and Kestrel can stop.
        await _engine.Tasks.StopAllAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _engine.Close();
        if (_store is not null)
        {
            await _store.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static List<Route> Routes(OpenSearchEngine engine)
    {
        IRestHandler[] handlers =
        [
            new ClusterHandler(engine), new IndicesHandler(engine), new MappingHandler(engine), new DocumentsHandler(engine),
            new MultiGetHandler(engine), new BulkHandler(engine), new SearchHandler(engine), new CountHandler(engine),
            new UpdateByQueryHandler(engine), new TasksHandler(engine), new SnapshotHandler(),
        ];
        return [.. handlers.SelectMany(h => h.Routes())];
    }
}
