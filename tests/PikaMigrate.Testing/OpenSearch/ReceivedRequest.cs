using System.Text;

namespace PikaMigrate.Testing.OpenSearch;

/// <summary>A request exactly as the server received it.</summary>
public sealed record ReceivedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string?[]> Headers, byte[] Body)
{
    public string Path => RawTarget.Split('?')[0];

    public string Query => RawTarget.Contains('?', StringComparison.Ordinal) ? RawTarget[(RawTarget.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var values) ? string.Join(',', values) : null;
}
