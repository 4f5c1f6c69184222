using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.OpenSearch.Http;

/// <summary>
/// What starting an <c>_update_by_query</c> gave: a task id to poll, or — if a proxy dropped
/// <c>wait_for_completion=false</c> — the finished result itself.
/// </summary>
/// <param name="FoundAfterLostAnswer">The answer to the start was lost, and the task it started was found and attached to.</param>
public sealed record UpdateByQueryStart(string? TaskId, BulkByScrollResponse? Finished, bool FoundAfterLostAnswer = false);
