using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Documents;

/// <summary>A source parsed against a mapping: its indexed values, and the dynamic mapping update it needs (if any).</summary>
internal sealed record ParsedDocument(IndexedFields Fields, RootMapping? DynamicUpdate, IndexMapping ParsedWith);
