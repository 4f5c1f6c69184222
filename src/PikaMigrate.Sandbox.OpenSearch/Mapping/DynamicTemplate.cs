using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>
/// One entry of <c>dynamic_templates</c>: conditions on the new field's leaf name, full path and detected JSON type,
/// and the mapping to give it (<c>{name}</c> and <c>{dynamic_type}</c> substituted).
/// </summary>
internal sealed class DynamicTemplate
{
    private static readonly string[] MappingTypes = ["object", "string", "long", "double", "boolean", "date", "binary"];
    /// <summary>In the order OpenSearch serializes them.</summary>
    private static readonly string[] Keys = ["match", "path_match", "unmatch", "path_unmatch", "match_mapping_type", "match_pattern", "mapping"];

    private DynamicTemplate(string name, JsonObject definition)
    {
        Name = name;
        Definition = definition;
    }

    public string Name { get; }

    /// <summary>As given, for serialization.</summary>
    public JsonObject Definition { get; }

    private string? Match => Definition["match"]?.GetValue<string>();

    private string? Unmatch => Definition["unmatch"]?.GetValue<string>();

    private string? PathMatch => Definition["path_match"]?.GetValue<string>();

    private string? PathUnmatch => Definition["path_unmatch"]?.GetValue<string>();

    private string? MappingType => Definition["match_mapping_type"]?.GetValue<string>();

    private bool Regex => Definition["match_pattern"]?.GetValue<string>() == "regex";

    private JsonObject Mapping => Definition["mapping"]!.AsObject();

    public static DynamicTemplate Parse(string name, JsonNode? node)
    {
        if (node is not JsonObject definition)
        {
            throw new OpenSearchException(400, DocumentErrors.MapperParsing($"Dynamic template syntax error. An array of named objects is expected."));
        }

        foreach (var (key, value) in definition)
        {
            if (!Keys.Contains(key))
            {
                throw new OpenSearchException(400, DocumentErrors.MapperParsing($"Illegal dynamic template parameter: [{key}]"));
            }

            if (key != "mapping" && !JsonRead.IsString(value))
            {
                throw new OpenSearchException(400, DocumentErrors.MapperParsing($"Illegal dynamic template parameter: [{key}] must be a string"));
            }
        }

        if (definition["match_mapping_type"]?.GetValue<string>() is { } type && type != "*" && !MappingTypes.Contains(type))
        {
            throw new OpenSearchException(400, DocumentErrors.MapperParsing(
                $"No field type matched on [{type}], possible values are [{string.Join(", ", MappingTypes)}]"));
        }

        if (definition["match_pattern"]?.GetValue<string>() is { } pattern && pattern is not ("simple" or "regex"))
        {
            throw new OpenSearchException(400, DocumentErrors.MapperParsing($"No matching pattern found for [{pattern}]"));
        }

        if (definition["mapping"] is not JsonObject)
        {
            throw new OpenSearchException(400, DocumentErrors.MapperParsing($"template [{name}] must have a mapping"));
        }

        if (definition["match"] is null && definition["path_match"] is null && definition["match_mapping_type"] is null)
        {
            throw new OpenSearchException(400, DocumentErrors.MapperParsing(
                $"template [{name}] must have either match, path_match or match_mapping_type set"));
        }

        return new DynamicTemplate(name, (JsonObject)definition.DeepClone());
    }

    /// <param name="detectedType">object, string, long, double, boolean or date.</param>
    public bool Matches(string path, string leaf, string detectedType)
    {
        if (PathMatch is { } pathMatch && !IsMatch(pathMatch, path))
        {
            return false;
        }

        if (Match is { } match && !IsMatch(match, leaf))
        {
            return false;
        }

        if (PathUnmatch is { } pathUnmatch && IsMatch(pathUnmatch, path))
        {
            return false;
        }

        if (Unmatch is { } unmatch && IsMatch(unmatch, leaf))
        {
            return false;
        }

        return MappingType is null or "*" || MappingType == detectedType;
    }

    /// <summary>The mapping for a new field, with the detected type filled in when the template names none.</summary>
    public JsonObject MappingFor(string leaf, string detectedType, string defaultType)
    {
        var mapping = (JsonObject)Substitute(Mapping, leaf, detectedType);
        if (mapping["type"] is null && detectedType != "object")
        {
            mapping["type"] = defaultType;
        }

        return mapping;
    }

    public JsonObject ToJson()
    {
        var ordered = new JsonObject();
        foreach (var key in Keys)
        {
            if (Definition[key] is { } value && !(key == "match_pattern" && value.GetValue<string>() == "simple"))
            {
                ordered[key] = value.DeepClone();
            }
        }

        return new JsonObject { [Name] = ordered };
    }

    private bool IsMatch(string pattern, string value) =>
        Regex ? System.Text.RegularExpressions.Regex.IsMatch(value, "^(?:" + pattern + ")$", RegexOptions.None, TimeSpan.FromSeconds(1)) : Glob.IsMatch(pattern, value);

    private static JsonNode Substitute(JsonNode node, string leaf, string detectedType) => node switch
    {
        JsonObject o => new JsonObject(o.Select(kv => new KeyValuePair<string, JsonNode?>(
            kv.Key.Replace("{name}", leaf, StringComparison.Ordinal).Replace("{dynamic_type}", detectedType, StringComparison.Ordinal),
            kv.Value is null ? null : Substitute(kv.Value, leaf, detectedType)))),
        JsonArray a => new JsonArray([.. a.Select(x => x is null ? null : Substitute(x, leaf, detectedType))]),
        JsonValue v when JsonRead.IsString(v) => JsonValue.Create(v.GetValue<string>()
            .Replace("{name}", leaf, StringComparison.Ordinal).Replace("{dynamic_type}", detectedType, StringComparison.Ordinal)),
        _ => node.DeepClone(),
    };
}
