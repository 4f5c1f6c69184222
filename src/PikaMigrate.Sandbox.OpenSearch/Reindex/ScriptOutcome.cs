namespace PikaMigrate.Sandbox.OpenSearch.Reindex;

/// <summary>What a script decided for one document: <c>index</c> with the new source, <c>noop</c> or <c>delete</c>.</summary>
internal readonly record struct ScriptOutcome(string Op, byte[]? Source);
