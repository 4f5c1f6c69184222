using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>An index's whole mapping: the root object plus the root-only parameters.</summary>
internal sealed class RootMapping
{
    public static readonly IReadOnlyList<string> DefaultDynamicDateFormats = ["strict_date_optional_time||epoch_millis", "yyyy/MM/dd HH:mm:ss||yyyy/MM/dd||epoch_millis"];

    public static RootMapping Empty { get; } = new(new ObjectMapper("_doc", "", ObjectMapper.NewProperties()));

    public RootMapping(ObjectMapper root) => Root = root;

    public ObjectMapper Root { get; }

    /// <summary>Null when not given (the default list applies and is not serialized).</summary>
    public IReadOnlyList<DynamicTemplate>? DynamicTemplates { get; init; }

    public bool? DateDetection { get; init; }

    public bool? NumericDetection { get; init; }

    public IReadOnlyList<string>? DynamicDateFormats { get; init; }

    /// <summary><c>_meta</c>, replaced as a whole by an update.</summary>
    public JsonObject? Meta { get; init; }

    public DynamicMode Dynamic => Root.Dynamic ?? DynamicMode.True;

    public IReadOnlyList<string> EffectiveDateFormats => DynamicDateFormats ?? DefaultDynamicDateFormats;

    public RootMapping WithRoot(ObjectMapper root) => new(root)
    {
        DynamicTemplates = DynamicTemplates,
        DateDetection = DateDetection,
        NumericDetection = NumericDetection,
        DynamicDateFormats = DynamicDateFormats,
        Meta = Meta,
    };
}
