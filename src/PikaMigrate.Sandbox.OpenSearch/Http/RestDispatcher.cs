using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Http;

/// <summary>
/// The one ASP.NET Core endpoint: decodes the raw target, checks the content type and URL parameters as
/// OpenSearch's RestController does, calls the matching route and writes JSON (errors in OpenSearch's envelope).
/// </summary>
internal sealed partial class RestDispatcher(IReadOnlyList<Route> routes, ILogger logger)
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonWriterOptions Indented = Compact with { Indented = true };

    public async Task HandleAsync(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? target : target[..queryStart];
        var query = ParseQuery(queryStart < 0 ? "" : target[(queryStart + 1)..]);
        var segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        var path = "/" + string.Join('/', segments);
        var method = context.Request.Method;
        var pretty = false;
        RestResponse response;
        try
        {
            // A bad pretty or human value makes OpenSearch's channel refuse the request (400) before any handler runs.
            pretty = query.Bool("pretty", false);
            query.Bool("human", false);
            RejectUnsupportedOutput(context.Request, query);
            var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            var opaqueId = context.Request.Headers["X-Opaque-Id"] is { Count: > 0 } header ? header[0] : null;
            response = await DispatchAsync(method, path, segments, query, body, opaqueId, context.RequestAborted).ConfigureAwait(false);
            if (response.Body is not null && query.List("filter_path") is { Count: > 0 } filters)
            {
                response = response with { Body = FilterPath.Apply(response.Body, filters) };
            }
        }
        catch (OpenSearchException e)
        {
            response = new RestResponse(e.Status, e.ToEnvelope());
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (BadHttpRequestException e)
        {
            response = new RestResponse(e.StatusCode, RequestErrors.PlainError(e.Message, e.StatusCode));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An engine bug, not a bad request (those are OpenSearch errors above): no .NET message reaches the client.
            LogUnexpected(logger, method, path, e);
            response = new RestResponse(500, new OpenSearchException(500,
                new ErrorCause("exception", "internal failure of the pika-migrate sandbox engine (details in its log)", isOpenSearch: false)).ToEnvelope());
        }

        await WriteAsync(context, response, method == HttpMethods.Head, pretty).ConfigureAwait(false);
    }

    private async Task<RestResponse> DispatchAsync(string method, string path, List<string> segments, QueryParameters query, ReadOnlyMemory<byte> body, string? opaqueId, CancellationToken aborted)
    {
        var matches = routes.Select(r => (Route: r, Values: r.Match(segments))).Where(m => m.Values is not null).ToList();
        if (matches.Count == 0)
        {
            return new RestResponse(400, RequestErrors.PlainError($"no handler found for uri [{path}] and method [{method}]", 400));
        }

        var forMethod = matches.Where(m => m.Route.Method == method).OrderBy(m => m.Route.Specificity, StringComparer.Ordinal).ToList();
        if (forMethod.Count == 0)
        {
            var allowed = string.Join(", ", matches.Select(m => m.Route.Method).Distinct());
            return new RestResponse(405, RequestErrors.PlainError($"Incorrect HTTP method for uri [{path}] and method [{method}], allowed: [{allowed}]", 405));
        }

        var (route, values) = forMethod[0];
        var unknown = query.Names.Where(n => !route.Parameters.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw RequestErrors.UnrecognizedParameters(path, unknown, route.Parameters);
        }

        var request = new RestRequest(method, path, values!, query, body, opaqueId);
        return await route.Handle(request, aborted).ConfigureAwait(false);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        var contentType = request.ContentType;
        if (string.IsNullOrEmpty(contentType))
        {
            throw new OpenSearchException(406, new ErrorCause("content_type_exception", "Content-Type header is missing"));
        }

        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("application/json" or "application/x-ndjson" or "application/vnd.opensearch+json" or "application/vnd.opensearch+x-ndjson"))
        {
            throw new OpenSearchException(406, new ErrorCause("content_type_exception", $"Content-Type header [{contentType}] is not supported"));
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>Answers come as JSON only, and without Java stack traces: asking for more is an honest 400, not a quiet JSON answer.</summary>
    private static void RejectUnsupportedOutput(HttpRequest request, QueryParameters query)
    {
        if (query.Bool("error_trace", false))
        {
            throw RequestErrors.Unsupported("[error_trace] (Java stack traces)");
        }

        foreach (var accept in request.Headers.Accept.SelectMany(a => (a ?? "").Split(',')))
        {
            var mediaType = accept.Split(';')[0].Trim().ToLowerInvariant();
            if (mediaType is "application/yaml" or "application/cbor" or "application/smile" or "application/vnd.opensearch+yaml")
            {
                throw RequestErrors.Unsupported($"the response format [{mediaType}]");
            }
        }
    }

    private static QueryParameters ParseQuery(string raw)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in raw.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(eq < 0 ? pair : pair[..eq]);
            values[name] = eq < 0 ? "" : Decode(pair[(eq + 1)..]);
        }

        return new QueryParameters(values);

        static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
    }

    private static async Task WriteAsync(HttpContext context, RestResponse response, bool head, bool pretty)
    {
        context.Response.StatusCode = response.Status;
        if (response.Body is null)
        {
            context.Response.ContentLength = 0;
            return;
        }

        context.Response.ContentType = "application/json; charset=UTF-8";
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, pretty ? Indented : Compact))
        {
            response.Body.WriteTo(writer);
        }

        if (pretty)
        {
            buffer.WriteByte((byte)'\n');
        }

        context.Response.ContentLength = buffer.Length;
        if (!head)
        {
            await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "UnexpectedFailure", Level = LogLevel.Error, Message = "{Method} {Path} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, string method, string path, Exception exception);
}
