namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>The <c>dynamic</c> setting of an object: what happens to fields the mapping does not know.</summary>
internal enum DynamicMode
{
    /// <summary>Map them (dynamic mapping and templates).</summary>
    True,

    /// <summary>Keep them in <c>_source</c> only.</summary>
    False,

    /// <summary>Reject the document.</summary>
    Strict,
}
