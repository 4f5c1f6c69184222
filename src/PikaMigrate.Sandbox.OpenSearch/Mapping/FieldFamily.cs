namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>How a field type indexes and compares values.</summary>
internal enum FieldFamily
{
    /// <summary>Analyzed into terms; no doc values (aggregations and sorts need fielddata).</summary>
    Text,

    /// <summary>One exact term per value.</summary>
    Keyword,

    Numeric,

    /// <summary>Epoch milliseconds.</summary>
    Date,

    /// <summary>1 for true, 0 for false.</summary>
    Boolean,
}
