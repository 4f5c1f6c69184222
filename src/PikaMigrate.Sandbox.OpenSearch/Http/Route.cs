namespace PikaMigrate.Sandbox.OpenSearch.Http;

/// <summary>
/// One endpoint: method, path template (<c>/{index}/_doc/{id}</c>), the URL parameters it accepts (others are
/// rejected as OpenSearch rejects them) and its handler.
/// </summary>
internal sealed class Route(string method, string template, IReadOnlyCollection<string> parameters, Func<RestRequest, CancellationToken, Task<RestResponse>> handle)
{
    /// <summary>Accepted on every endpoint.</summary>
    public static readonly string[] CommonParameters = ["pretty", "human", "error_trace", "filter_path"];

    public string Method { get; } = method;

    public string Template { get; } = template;

    public string[] Segments { get; } = template.Split('/', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyCollection<string> Parameters { get; } = [.. parameters, .. CommonParameters];

    public Func<RestRequest, CancellationToken, Task<RestResponse>> Handle { get; } = handle;

    public static Route Sync(string method, string template, IReadOnlyCollection<string> parameters, Func<RestRequest, RestResponse> handle) =>
        new(method, template, parameters, (r, _) => Task.FromResult(handle(r)));

    /// <summary>Binds the path's segments, or null if it does not fit this template.</summary>
    public Dictionary<string, string>? Match(IReadOnlyList<string> segments)
    {
        if (segments.Count != Segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Segments.Length; i++)
        {
            var part = Segments[i];
            if (part.StartsWith('{'))
            {
                values[part[1..^1]] = segments[i];
            }
            else if (!string.Equals(part, segments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values;
    }

    /// <summary>Literal segments first: <c>/_search</c> wins over <c>/{index}</c>.</summary>
    public string Specificity => string.Concat(Segments.Select(s => s.StartsWith('{') ? '1' : '0'));
}
