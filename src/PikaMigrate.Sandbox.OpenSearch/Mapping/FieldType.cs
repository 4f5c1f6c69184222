using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>
/// The field types this engine indexes, with their parameters in OpenSearch's serialization order. Other real
/// OpenSearch types (ip, geo_point, binary, …) are rejected with an error that names them.
/// </summary>
internal sealed class FieldType
{
    private static readonly ParameterSpec Boost = new("boost", JsonValue.Create(1.0), true, ParameterKind.Double);
    private static readonly ParameterSpec Meta = ParameterSpec.Any("meta", updatable: true);

    private static readonly ParameterSpec[] NumberParameters =
    [
        ParameterSpec.Bool("index", true), ParameterSpec.Bool("doc_values", true), ParameterSpec.Bool("store", false),
        ParameterSpec.Bool("ignore_malformed", false, updatable: true), ParameterSpec.Bool("coerce", true, updatable: true),
        ParameterSpec.Any("null_value"), Boost, Meta,
    ];

    private static readonly Dictionary<string, FieldType> Types = new(StringComparer.Ordinal)
    {
        ["text"] = new("text", FieldFamily.Text,
        [
            ParameterSpec.Bool("index", true), ParameterSpec.Bool("store", false), new("index_options", JsonValue.Create("positions"), false, ParameterKind.String),
            ParameterSpec.Bool("norms", true), new("term_vector", JsonValue.Create("no"), false, ParameterKind.String),
            new("analyzer", JsonValue.Create("default"), false, ParameterKind.Analyzer), new("search_analyzer", null, true, ParameterKind.Analyzer),
            new("search_quote_analyzer", null, true, ParameterKind.Analyzer), new("similarity", null, false, ParameterKind.String),
            ParameterSpec.Int("position_increment_gap", 100), ParameterSpec.Bool("fielddata", false, updatable: true),
            ParameterSpec.Any("fielddata_frequency_filter", updatable: true), ParameterSpec.Bool("eager_global_ordinals", false, updatable: true),
            ParameterSpec.Bool("index_phrases", false), ParameterSpec.Any("index_prefixes"), Boost, Meta,
        ]),
        ["keyword"] = new("keyword", FieldFamily.Keyword,
        [
            ParameterSpec.Bool("index", true), ParameterSpec.Bool("doc_values", true), ParameterSpec.Bool("store", false),
            new("null_value", null, false, ParameterKind.String), ParameterSpec.Bool("eager_global_ordinals", false, updatable: true),
            ParameterSpec.Int("ignore_above", int.MaxValue, updatable: true), new("index_options", JsonValue.Create("docs"), false, ParameterKind.String),
            ParameterSpec.Bool("norms", false), new("similarity", null, false, ParameterKind.String), new("normalizer", null, false, ParameterKind.String),
            ParameterSpec.Bool("split_queries_on_whitespace", false, updatable: true), Boost, Meta,
        ]),
        ["long"] = Number("long", integer: true, long.MinValue, long.MaxValue),
        ["integer"] = Number("integer", integer: true, int.MinValue, int.MaxValue),
        ["short"] = Number("short", integer: true, short.MinValue, short.MaxValue),
        ["byte"] = Number("byte", integer: true, sbyte.MinValue, sbyte.MaxValue),
        ["double"] = Number("double", integer: false, double.MinValue, double.MaxValue),
        ["float"] = Number("float", integer: false, float.MinValue, float.MaxValue),
        ["half_float"] = Number("half_float", integer: false, -65504, 65504),
        ["scaled_float"] = new("scaled_float", FieldFamily.Numeric, [.. NumberParameters, new("scaling_factor", null, false, ParameterKind.Double)], false, double.MinValue, double.MaxValue),
        ["date"] = new("date", FieldFamily.Date,
        [
            ParameterSpec.Bool("index", true), ParameterSpec.Bool("doc_values", true), ParameterSpec.Bool("store", false),
            new("format", JsonValue.Create(Dates.DateFormatter.DefaultPattern), false, ParameterKind.DateFormat), new("locale", JsonValue.Create(""), false, ParameterKind.String),
            ParameterSpec.Any("null_value"), ParameterSpec.Bool("ignore_malformed", false, updatable: true), Boost, Meta,
        ]),
        ["boolean"] = new("boolean", FieldFamily.Boolean,
        [
            ParameterSpec.Bool("doc_values", true), ParameterSpec.Bool("index", true), ParameterSpec.Any("null_value"), ParameterSpec.Bool("store", false), Boost, Meta,
        ]),
    };

    /// <summary>Real OpenSearch field types this engine does not implement.</summary>
    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "ip", "binary", "geo_point", "geo_shape", "xy_point", "xy_shape", "date_nanos", "unsigned_long", "integer_range", "long_range", "float_range",
        "double_range", "date_range", "ip_range", "alias", "join", "percolator", "completion", "search_as_you_type", "token_count", "rank_feature",
        "rank_features", "knn_vector", "flat_object", "match_only_text", "wildcard", "constant_keyword", "version", "murmur3", "annotated_text",
        "semantic", "star_tree", "derived", "histogram", "nested_object",
    };

    private FieldType(string name, FieldFamily family, IReadOnlyList<ParameterSpec> parameters, bool integer = false, double min = 0, double max = 0)
    {
        Name = name;
        Family = family;
        Parameters = parameters;
        IsInteger = integer;
        Min = min;
        Max = max;
    }

    public string Name { get; }

    public FieldFamily Family { get; }

    public IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>long, integer, short, byte: values are truncated (coerced) and range-checked.</summary>
    public bool IsInteger { get; }

    public double Min { get; }

    public double Max { get; }

    public bool IsScaledFloat => Name == "scaled_float";

    public static bool TryGet(string name, [NotNullWhen(true)] out FieldType? type) => Types.TryGetValue(name, out type);

    public static bool IsKnownUnsupported(string name) => Unsupported.Contains(name);

    public static FieldType Get(string name) => Types[name];

    public ParameterSpec? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    private static FieldType Number(string name, bool integer, double min, double max) =>
        new(name, FieldFamily.Numeric, NumberParameters, integer, min, max);
}
