namespace PikaMigrate.OpenSearch.Model;

/// <summary>
/// <c>GET /_tasks/{id}</c>: while running, <c>completed</c> is false and <c>task.status</c> holds live counters;
/// once done, <c>response</c> holds the result or <c>error</c> why it stopped.
/// </summary>
public sealed record TaskResponse(bool Completed, TaskInfo Task, BulkByScrollResponse? Response, ErrorCause? Error);
