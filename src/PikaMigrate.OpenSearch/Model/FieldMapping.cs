namespace PikaMigrate.OpenSearch.Model;

/// <summary>
/// One field of a mapping: its type (null for an object with properties), <c>ignore_above</c> for keywords,
/// its multi-fields (e.g. the dynamic <c>.keyword</c>) and, for objects, its properties.
/// </summary>
public sealed record FieldMapping(
    string? Type,
    int? IgnoreAbove,
    IReadOnlyDictionary<string, FieldMapping> Fields,
    IReadOnlyDictionary<string, FieldMapping> Properties)
{
    /// <summary>How the mapping prints the type: objects with properties carry none.</summary>
    public string TypeName => Type ?? (Properties.Count > 0 ? "object" : "unknown");
}
