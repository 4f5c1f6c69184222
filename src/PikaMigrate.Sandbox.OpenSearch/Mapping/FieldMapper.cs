using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Analysis;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>
/// A leaf field: its type, the parameters set explicitly (normalized) and its multi-fields (sorted by name).
/// The typed properties are what indexing, queries and aggregations read.
/// </summary>
internal sealed class FieldMapper : Mapper
{
    public FieldMapper(string name, string path, FieldType type, IReadOnlyDictionary<string, JsonNode?> parameters, IReadOnlyDictionary<string, FieldMapper> multiFields)
        : base(name, path)
    {
        Type = type;
        Parameters = parameters;
        MultiFields = multiFields;
        Indexed = Bool("index");
        DocValues = type.Family != FieldFamily.Text && Bool("doc_values");
        Fielddata = type.Family == FieldFamily.Text && Bool("fielddata");
        IgnoreAbove = type.Family == FieldFamily.Keyword ? Value("ignore_above")!.GetValue<int>() : int.MaxValue;
        Coerce = type.Family == FieldFamily.Numeric && Bool("coerce");
        IgnoreMalformed = type.Family is FieldFamily.Numeric or FieldFamily.Date && Bool("ignore_malformed");
        NullValue = Value("null_value");
        ScalingFactor = type.IsScaledFloat ? Value("scaling_factor")!.GetValue<double>() : 0;
        DateFormat = type.Family == FieldFamily.Date ? DateFormatter.Of(Value("format")!.GetValue<string>()) : DateFormatter.Default;
        if (type.Family == FieldFamily.Text)
        {
            Analyzers.TryGet(Value("analyzer")!.GetValue<string>(), out var analyzer);
            Analyzer = analyzer!;
            SearchAnalyzer = Value("search_analyzer") is { } search && Analyzers.TryGet(search.GetValue<string>(), out var s) ? s : Analyzer;
        }
        else
        {
            Analyzer = SearchAnalyzer = Analyzers.Standard;
        }
    }

    public FieldType Type { get; }

    public IReadOnlyDictionary<string, JsonNode?> Parameters { get; }

    public IReadOnlyDictionary<string, FieldMapper> MultiFields { get; }

    public override string TypeName => Type.Name;

    public FieldFamily Family => Type.Family;

    public bool Indexed { get; }

    public bool DocValues { get; }

    public bool Fielddata { get; }

    public int IgnoreAbove { get; }

    public bool Coerce { get; }

    public bool IgnoreMalformed { get; }

    public JsonNode? NullValue { get; }

    public double ScalingFactor { get; }

    /// <summary>
    /// A number as this field keeps it: scaled floats rounded to their factor, floats to single precision, half
    /// floats to 11 significant bits (Lucene's HalfFloatPoint, nearest even). Documents and query values alike.
    /// </summary>
    public double Narrow(double value) => TypeName switch
    {
        _ when Type.IsScaledFloat => Math.Round(value * ScalingFactor) / ScalingFactor,
        "float" => (float)value,
        "half_float" => (double)(Half)value,
        _ => value,
    };

    public DateFormatter DateFormat { get; }

    public Analyzer Analyzer { get; }

    public Analyzer SearchAnalyzer { get; }

    /// <summary>The explicit value, else the type's default.</summary>
    public JsonNode? Value(string name) =>
        Parameters.TryGetValue(name, out var value) ? value : Type.Parameter(name)?.Default;

    public FieldMapper WithMultiFields(IReadOnlyDictionary<string, FieldMapper> multiFields) => new(Name, Path, Type, Parameters, multiFields);

    private bool Bool(string name) => Value(name) is { } v && JsonRead.IsBoolean(v) ? v.GetValue<bool>() : name is "index" or "doc_values";
}
