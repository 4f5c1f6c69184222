namespace PikaMigrate.OpenSearch.Http;

/// <summary>A task the cluster is running: its id (<c>node:number</c>) and description (which names the index and script).</summary>
public sealed record RunningTask(string Id, string Description);
