namespace PikaMigrate.OpenSearch.Http;

/// <summary>A task as the tasks API or the <c>.tasks</c> index shows it: its id (<c>node:number</c>), description (which names the index and script) and start.</summary>
public sealed record TaskSummary(string Id, string Description, DateTimeOffset Started);
