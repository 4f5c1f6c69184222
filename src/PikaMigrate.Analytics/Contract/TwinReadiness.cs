using System.Text.Json.Serialization;

namespace PikaMigrate.Analytics;

/// <summary>One keyword twin as the index maps it.</summary>
/// <param name="Field">e.g. <c>user_type_keyword</c>.</param>
/// <param name="SourceField">e.g. <c>user_type</c>.</param>
/// <param name="MappedAs">The mapping type, null when the field is not in the mapping.</param>
public sealed record TwinReadiness(
    string Field,
    string SourceField,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MappedAs)
{
    public bool IsKeyword => MappedAs == "keyword";
}
