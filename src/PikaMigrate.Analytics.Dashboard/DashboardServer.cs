using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PikaMigrate.Core;

namespace PikaMigrate.Analytics.Dashboard;

/// <summary>
/// The Session Analytics dashboard on 127.0.0.1: the page, its assets and a read-only JSON API over
/// <see cref="SessionAnalyticsService"/>. Start it, open <see cref="Address"/>, dispose it to stop.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri Address { get; }

    /// <summary>
    /// Listens on 127.0.0.1 only. Throws <see cref="PreflightException"/> when the port is out of range, taken or
    /// not allowed, and <see cref="AnalyticsRequestException"/> for an entity attribute the query refuses.
    /// </summary>
    public static async Task<DashboardServer> StartAsync(SessionAnalyticsService analytics, DashboardOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analytics);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Port is < 0 or > DashboardOptions.MaxPort)
        {
            throw new PreflightException($"Port {options.Port} is out of range.", $"Give --port a number from 1 to {DashboardOptions.MaxPort}, or leave it out for a free port.");
        }

        // Refused here, before listening, rather than on every request the page makes.
        SessionAnalyticsService.Validate(new SessionAnalyticsRequest { EntityAttributeName = options.EntityAttributeName }, analytics.Today);

        // An empty builder: no appsettings.json from the working directory, no ASPNETCORE_* variables and no logging
        // providers, so nothing can make it listen elsewhere or write to the console.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(DashboardServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddRoutingCore();
        // Only our own host names: a web page elsewhere cannot reach the API through DNS rebinding.
        builder.Services.AddHostFiltering(hosts => hosts.AllowedHosts = ["127.0.0.1", "localhost"]);
        builder.Services.AddSingleton(analytics);
        builder.Services.AddSingleton(options);

        var app = builder.Build();
        app.UseHostFiltering();
        DashboardAssets.Map(app);
        DashboardApi.Map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ListenFailure(e, options.Port) is { } failure)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw failure;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new DashboardServer(app, new Uri($"http://127.0.0.1:{bound.Port}/"));
    }

    /// <summary>The page showing <paramref name="request"/>'s filters.</summary>
    public Uri LinkTo(SessionAnalyticsRequest request) => DashboardLink.For(Address, request);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static PreflightException? ListenFailure(Exception error, int port)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is AddressInUseException || e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return new PreflightException($"Port {port} on 127.0.0.1 is already in use.", "Stop what listens there, give --port another number, or leave --port out for a free port.", error);
            }

            if (e is SocketException { SocketErrorCode: SocketError.AccessDenied })
            {
                return new PreflightException($"This user may not listen on port {port} (ports below 1024 need privileges).", "Give --port a number from 1024 up, or leave --port out for a free port.", error);
            }
        }

        return null;
    }
}
