namespace PikaMigrate.OpenSearch.Model;

public sealed record TaskInfo(string? Node, long Id, string? Action, string? Description, BulkByScrollStatus? Status, bool Cancelled);
