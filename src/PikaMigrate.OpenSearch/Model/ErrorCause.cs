namespace PikaMigrate.OpenSearch.Model;

/// <summary>An error object inside a 200 response (a bulk item, an mget doc, a task).</summary>
public sealed record ErrorCause(string? Type, string? Reason)
{
    public override string ToString() => $"{Type ?? "error"}: {Reason ?? "no reason given"}";
}
