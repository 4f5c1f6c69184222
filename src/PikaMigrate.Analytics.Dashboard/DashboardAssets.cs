using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PikaMigrate.Analytics.Dashboard;

/// <summary>
/// The page and its files, read once from this assembly's embedded resources (<c>assets/…</c>): wwwroot and
/// chart.js's UMD build. Nothing is read from disk or fetched, so the tool works offline wherever it is installed.
/// </summary>
internal static class DashboardAssets
{
    private const string Prefix = "assets/";
    private const string Page = "index.html";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, Asset>> All = new(Load);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Serve(http, Page));
        app.MapGet("/assets/{**name}", (HttpContext http, string name) => name == Page ? Results.NotFound() : Serve(http, name));
    }

    private static IResult Serve(HttpContext http, string name)
    {
        if (!All.Value.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }

        // Same build, same bytes: the browser revalidates with the ETag and gets a 304.
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (http.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        http.Response.Headers.ETag = asset.ETag;
        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var version = assembly.ManifestModule.ModuleVersionId.ToString("N");
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var name = resource[Prefix.Length..];
            assets[name] = new Asset(buffer.ToArray(), ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"), $"\"{version}\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
