using System.Net;
using System.Net.Sockets;

namespace PikaMigrate.Sandbox.DynamoDbLocal;

/// <summary>Loopback ports for servers started on demand (and, in tests, ports nothing listens on).</summary>
public static class FreeLoopbackPort
{
    /// <summary>A port the OS just handed out; another process could take it before we bind, so callers retry.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
