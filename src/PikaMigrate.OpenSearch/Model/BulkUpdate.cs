using System.Text.Json.Nodes;

namespace PikaMigrate.OpenSearch.Model;

/// <summary>
/// One <c>_bulk</c> <c>update</c> item: a partial document merged into an existing one, never an upsert, so a
/// document that does not exist stays missing (404 <c>document_missing_exception</c>).
/// </summary>
/// <param name="RetryOnConflict">Server-side retries when another writer (the indexing Lambda) updated the document meanwhile.</param>
public sealed record BulkUpdate(string Index, string Id, JsonObject Doc, int RetryOnConflict = 3);
