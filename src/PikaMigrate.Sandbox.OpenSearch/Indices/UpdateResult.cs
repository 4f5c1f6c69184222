namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>An applied partial update, with the source after it (for <c>get</c>).</summary>
internal sealed record UpdateResult(WriteResult Write, byte[]? Source);
