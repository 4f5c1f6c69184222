using System.Net;
using System.Text;
using System.Text.Json;

namespace PikaMigrate.OpenSearch.Http;

/// <summary>
/// OpenSearch refused a request. Carries the error envelope's <c>type</c> and <c>reason</c> (and the root cause
/// when it says more), the HTTP status and the request, so the message reads on its own in a terminal:
/// <c>OpenSearch refused PUT /session/_mapping (HTTP 400 illegal_argument_exception): mapper [x] cannot be changed ...</c>.
/// </summary>
public sealed class OpenSearchException : Exception
{
    public OpenSearchException(string method, string path, HttpStatusCode status, string? type, string reason, string? rootCauseType = null, string? rootCauseReason = null)
        : base(Describe(method, path, status, type, reason, rootCauseType, rootCauseReason))
    {
        Method = method;
        Path = path;
        Status = status;
        Type = type;
        Reason = reason;
        RootCauseType = rootCauseType;
        RootCauseReason = rootCauseReason;
    }

    public string Method { get; }

    public string Path { get; }

    public HttpStatusCode Status { get; }

    /// <summary>The envelope's <c>error.type</c>, e.g. <c>index_not_found_exception</c>; null when the body was not an OpenSearch envelope.</summary>
    public string? Type { get; }

    public string Reason { get; }

    public string? RootCauseType { get; }

    public string? RootCauseReason { get; }

    /// <summary>True when the request (or its root cause) failed with <paramref name="type"/>.</summary>
    public bool Is(string type) => Type == type || RootCauseType == type;

    /// <summary>Reads an error response: the OpenSearch envelope, AWS's <c>{"message":...}</c>, or whatever text came.</summary>
    public static OpenSearchException FromResponse(string method, string path, HttpStatusCode status, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String)
                {
                    return new OpenSearchException(method, path, status, null, error.GetString() ?? string.Empty);
                }

                var type = Text(error, "type");
                var reason = Text(error, "reason") ?? type ?? "no reason given";
                var (rootType, rootReason) = RootCause(error);
                return rootType == type && rootReason == reason
                    ? new OpenSearchException(method, path, status, type, reason)
                    : new OpenSearchException(method, path, status, type, reason, rootType, rootReason);
            }

            // AWS's own front end (IAM, the load balancer) answers {"message":"..."} or {"Message":"..."}.
            if (root.ValueKind == JsonValueKind.Object && (Text(root, "message") ?? Text(root, "Message")) is { } message)
            {
                return new OpenSearchException(method, path, status, null, message);
            }
        }
        catch (JsonException)
        {
        }

        var text = body.Trim();
        return new OpenSearchException(method, path, status, null, text.Length == 0 ? "(no body)" : text.Length > 300 ? text[..300] + "..." : text);
    }

    /// <summary>The deepest cause: a search's shard failure or the last <c>caused_by</c>, which names the real problem.</summary>
    private static (string? Type, string? Reason) RootCause(JsonElement error)
    {
        if (error.TryGetProperty("root_cause", out var causes) && causes.ValueKind == JsonValueKind.Array && causes.GetArrayLength() > 0)
        {
            return (Text(causes[0], "type"), Text(causes[0], "reason"));
        }

        var current = error;
        while (current.TryGetProperty("caused_by", out var next) && next.ValueKind == JsonValueKind.Object)
        {
            current = next;
        }

        return (Text(current, "type"), Text(current, "reason"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Describe(string method, string path, HttpStatusCode status, string? type, string reason, string? rootType, string? rootReason)
    {
        var builder = new StringBuilder();
        builder.Append("OpenSearch refused ").Append(method).Append(' ').Append(path)
            .Append(" (HTTP ").Append((int)status);
        if (type is not null)
        {
            builder.Append(' ').Append(type);
        }

        builder.Append("): ").Append(reason);
        if (rootReason is not null && rootReason != reason)
        {
            builder.Append(" (caused by ").Append(rootType is null ? string.Empty : rootType + ": ").Append(rootReason).Append(')');
        }

        return builder.ToString();
    }
}
