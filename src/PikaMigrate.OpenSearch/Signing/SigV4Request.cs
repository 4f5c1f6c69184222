namespace PikaMigrate.OpenSearch.Signing;

/// <summary>
/// A request as SigV4 sees it: the method, the path and query exactly as they go on the wire, the headers to sign
/// (a name may repeat) and the hex SHA-256 of the body.
/// </summary>
public sealed record SigV4Request(
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string PayloadHash);
