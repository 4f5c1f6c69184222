namespace PikaMigrate.OpenSearch.Http;

/// <summary>
/// No answer from the domain: the host did not resolve, refused or timed out the connection, or kept dropping it
/// after every retry.
/// </summary>
public sealed class OpenSearchUnreachableException(string endpoint, string method, string path, string detail, Exception innerException)
    : Exception($"OpenSearch at {endpoint} did not answer {method} {path}: {detail}", innerException)
{
    public string Endpoint { get; } = endpoint;

    /// <summary>True when no connection was ever made (DNS, refused, connect timeout), as opposed to one that dropped.</summary>
    public bool NeverConnected { get; init; }
}
