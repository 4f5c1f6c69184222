using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>
/// One parameter of a field type: its default (not serialized when the value equals it) and whether a mapping
/// update may change it (others conflict: <c>Cannot update parameter [x] from [a] to [b]</c>).
/// </summary>
internal sealed record ParameterSpec(string Name, JsonNode? Default, bool Updatable, ParameterKind Kind)
{
    public static ParameterSpec Bool(string name, bool defaultValue, bool updatable = false) => new(name, JsonValue.Create(defaultValue), updatable, ParameterKind.Bool);

    public static ParameterSpec Int(string name, int defaultValue, bool updatable = false) => new(name, JsonValue.Create(defaultValue), updatable, ParameterKind.Int);

    public static ParameterSpec Any(string name, bool updatable = false) => new(name, null, updatable, ParameterKind.Any);
}
