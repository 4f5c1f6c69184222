namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>How a mapping parameter's value is read and checked.</summary>
internal enum ParameterKind
{
    Bool,
    Int,
    Double,
    String,
    Analyzer,
    DateFormat,

    /// <summary>Kept as given (meta, null_value, filters).</summary>
    Any,
}
