using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Reindex;

/// <summary>How an update-by-query ended: its response (and HTTP status) or the exception that failed it.</summary>
internal sealed record UpdateByQueryResult(Func<bool, JsonObject>? Response, int Status, OpenSearchException? Error);
