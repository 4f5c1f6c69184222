namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>An <c>object</c> (or <c>nested</c>) mapping: its properties sorted by name, as OpenSearch prints them.</summary>
internal sealed class ObjectMapper(string name, string path, IReadOnlyDictionary<string, Mapper> properties) : Mapper(name, path)
{
    public IReadOnlyDictionary<string, Mapper> Properties { get; } = properties;

    public bool Nested { get; init; }

    /// <summary>Explicitly set, or null to inherit from the parent.</summary>
    public DynamicMode? Dynamic { get; init; }

    /// <summary><c>enabled:false</c>: the object is kept in <c>_source</c> and not parsed at all.</summary>
    public bool? Enabled { get; init; }

    public bool? IncludeInParent { get; init; }

    public bool? IncludeInRoot { get; init; }

    public override string TypeName => "ObjectMapper";

    public static SortedDictionary<string, Mapper> NewProperties() => new(StringComparer.Ordinal);

    public ObjectMapper WithProperties(IReadOnlyDictionary<string, Mapper> properties) => new(Name, Path, properties)
    {
        Nested = Nested,
        Dynamic = Dynamic,
        Enabled = Enabled,
        IncludeInParent = IncludeInParent,
        IncludeInRoot = IncludeInRoot,
    };
}
