namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>A node of the mapping tree: a leaf field or an object. Immutable; updates build new trees.</summary>
internal abstract class Mapper(string name, string path)
{
    /// <summary>The leaf name (<c>token</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The full dotted path (<c>session_attributes.token</c>), as OpenSearch names mappers in messages.</summary>
    public string Path { get; } = path;

    /// <summary>The type OpenSearch reports when a field is changed into another (<c>keyword</c>, <c>ObjectMapper</c>).</summary>
    public abstract string TypeName { get; }
}
