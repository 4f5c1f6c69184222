using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Analysis;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>
/// Reads a <c>mappings</c> body into a <see cref="RootMapping"/>, validating types and parameters with
/// OpenSearch's <c>mapper_parsing_exception</c> reasons. Dotted property names expand into objects.
/// </summary>
internal static class MappingParser
{
    private static readonly string[] ObjectKeys = ["type", "dynamic", "enabled", "properties", "include_in_parent", "include_in_root"];

    public static RootMapping ParseRoot(JsonObject body)
    {
        ObjectMapper? root = null;
        IReadOnlyList<DynamicTemplate>? templates = null;
        bool? dateDetection = null, numericDetection = null;
        IReadOnlyList<string>? dateFormats = null;
        JsonObject? meta = null;
        DynamicMode? dynamic = null;
        var unsupported = new List<string>();
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "properties":
                    root = new ObjectMapper("_doc", "", ParseProperties(value, ""));
                    break;
                case "dynamic":
                    dynamic = ParseDynamic(value);
                    break;
                case "dynamic_templates":
                    templates = ParseTemplates(value);
                    break;
                case "date_detection":
                    dateDetection = Bool(value, key);
                    break;
                case "numeric_detection":
                    numericDetection = Bool(value, key);
                    break;
                case "dynamic_date_formats":
                    dateFormats = value switch
                    {
                        JsonArray a => [.. a.Select(f => ValidFormat(JsonRead.ScalarText(f) ?? "", "dynamic_date_formats"))],
                        _ => [ValidFormat(JsonRead.ScalarText(value) ?? "", "dynamic_date_formats")],
                    };
                    break;
                case "_meta":
                    meta = value as JsonObject ?? throw Failure("[_meta] must be an object, got [" + JavaText.Of(value) + "]");
                    break;
                case "_source" when value is JsonObject source && source.All(kv => kv.Key == "enabled" && JsonRead.IsBoolean(kv.Value) && kv.Value!.GetValue<bool>()):
                case "_routing" when value is JsonObject routing && routing.All(kv => kv.Key == "required" && JsonRead.IsBoolean(kv.Value) && !kv.Value!.GetValue<bool>()):
                    break;
                case "_source" or "_routing" or "_field_names" or "_size" or "enabled":
                    throw new OpenSearchException(400, DocumentErrors.MapperParsing(
                        $"the pika-migrate sandbox engine does not support the mapping parameter [{key}] with value [{JavaText.Of(value)}]"));
                default:
                    unsupported.Add($"[{key} : {JavaText.Of(value)}]");
                    break;
            }
        }

        if (unsupported.Count > 0)
        {
            throw Failure("Root mapping definition has unsupported parameters:  " + string.Join(" ", unsupported));
        }

        root ??= new ObjectMapper("_doc", "", ObjectMapper.NewProperties());
        return new RootMapping(dynamic is null ? root : new ObjectMapper(root.Name, root.Path, root.Properties) { Dynamic = dynamic })
        {
            DynamicTemplates = templates,
            DateDetection = dateDetection,
            NumericDetection = numericDetection,
            DynamicDateFormats = dateFormats,
            Meta = meta,
        };
    }

    public static SortedDictionary<string, Mapper> ParseProperties(JsonNode? node, string parentPath)
    {
        if (node is not JsonObject properties)
        {
            throw Failure($"Expected map for property [properties] on field [{(parentPath.Length == 0 ? "_doc" : parentPath)}] but got a {JavaClass(node)}");
        }

        var result = ObjectMapper.NewProperties();
        foreach (var (name, definition) in properties)
        {
            if (name.Length == 0)
            {
                // ObjectMapper.TypeParser: an IllegalArgumentException, not a mapper parsing failure.
                throw RequestErrors.IllegalArgument("field name cannot be an empty string");
            }

            var mapper = ParseDotted(name, parentPath, definition);
            result[mapper.Name] = result.TryGetValue(mapper.Name, out var existing)
                ? MappingMerger.MergeMapper(existing, mapper)
                : mapper;
        }

        return result;
    }

    /// <summary>A property definition, leaf or object; <c>a.b</c> becomes object <c>a</c> holding <c>b</c>.</summary>
    public static Mapper ParseDotted(string name, string parentPath, JsonNode? definition)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return ParseProperty(name, parentPath, definition);
        }

        if (dot == 0 || dot == name.Length - 1)
        {
            throw Failure($"field name cannot contain only whitespace or start/end with a dot: ['{name}']");
        }

        var head = name[..dot];
        var path = Join(parentPath, head);
        var child = ParseDotted(name[(dot + 1)..], path, definition);
        var properties = ObjectMapper.NewProperties();
        properties[child.Name] = child;
        return new ObjectMapper(head, path, properties);
    }

    public static Mapper ParseProperty(string name, string parentPath, JsonNode? definition)
    {
        var path = Join(parentPath, name);
        if (definition is not JsonObject def)
        {
            throw Failure($"Expected map for property [fields] on field [{name}] but got a {JavaClass(definition)}");
        }

        var type = def["type"] is { } t ? JsonRead.ScalarText(t) ?? "" : null;
        if (type is null or "object" or "nested")
        {
            return ParseObject(name, path, def, type == "nested");
        }

        return ParseField(name, path, type, def, multiField: false);
    }

    public static FieldMapper ParseField(string name, string path, string typeName, JsonObject def, bool multiField)
    {
        if (!FieldType.TryGet(typeName, out var type))
        {
            if (multiField && typeName is "object" or "nested")
            {
                throw Failure($"Type [{typeName}] cannot be used in multi field");
            }

            throw Failure(FieldType.IsKnownUnsupported(typeName)
                ? $"the pika-migrate sandbox engine does not support field type [{typeName}] (field [{name}])"
                : $"No handler for type [{typeName}] declared on field [{name}]");
        }

        var parameters = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var multiFields = new SortedDictionary<string, FieldMapper>(StringComparer.Ordinal);
        foreach (var (key, value) in def)
        {
            switch (key)
            {
                case "type":
                    continue;
                case "fields" when !multiField:
                    if (value is not JsonObject subs)
                    {
                        throw Failure($"Expected map for property [fields] on field [{name}] but got a {JavaClass(value)}");
                    }

                    foreach (var (subName, subDef) in subs)
                    {
                        if (subDef is not JsonObject subObject)
                        {
                            throw Failure($"Expected map for property [fields] on field [{subName}] but got a {JavaClass(subDef)}");
                        }

                        var subType = subObject["type"] is { } st ? JsonRead.ScalarText(st)! : throw Failure($"No type specified for field [{subName}]");
                        multiFields[subName] = ParseField(subName, path + "." + subName, subType, subObject, multiField: true);
                    }

                    continue;
                case "copy_to":
                    throw Failure($"the pika-migrate sandbox engine does not support [copy_to] (field [{name}])");
            }

            var spec = type.Parameter(key) ?? throw Failure($"unknown parameter [{key}] on mapper [{name}] of type [{typeName}]");
            parameters[key] = Normalize(spec, value, name);
        }

        if (type.IsScaledFloat && !parameters.ContainsKey("scaling_factor"))
        {
            throw Failure($"Field [scaling_factor] is required");
        }

        return new FieldMapper(name, path, type, parameters, multiFields);
    }

    public static DynamicMode ParseDynamic(JsonNode? value) => JsonRead.ScalarText(value) switch
    {
        "true" => DynamicMode.True,
        "false" => DynamicMode.False,
        "strict" => DynamicMode.Strict,
        // OpenSearch 2.16 added strict_allow_templates; false_allow_templates came with 3.x, which this engine is not.
        "strict_allow_templates" => throw RequestErrors.Unsupported("[dynamic] [strict_allow_templates]"),
        var other => throw Failure($"Could not convert [dynamic] with value [{other}] to one of [true, false, strict, strict_allow_templates]"),
    };

    public static OpenSearchException Failure(string reason) => new(400, DocumentErrors.MapperParsing(reason));

    private static ObjectMapper ParseObject(string name, string path, JsonObject def, bool nested)
    {
        var unsupported = def.Where(kv => !ObjectKeys.Contains(kv.Key) || (!nested && kv.Key is "include_in_parent" or "include_in_root")).ToList();
        if (unsupported.Count > 0)
        {
            throw Failure($"Mapping definition for [{name}] has unsupported parameters:  "
                + string.Join(" ", unsupported.Select(kv => $"[{kv.Key} : {JavaText.Of(kv.Value)}]")));
        }

        var properties = def["properties"] is { } p ? ParseProperties(p, path) : ObjectMapper.NewProperties();
        return new ObjectMapper(name, path, properties)
        {
            Nested = nested,
            Dynamic = def["dynamic"] is { } d ? ParseDynamic(d) : null,
            Enabled = def["enabled"] is { } e ? Bool(e, "enabled") : null,
            IncludeInParent = def["include_in_parent"] is { } ip ? Bool(ip, "include_in_parent") : null,
            IncludeInRoot = def["include_in_root"] is { } ir ? Bool(ir, "include_in_root") : null,
        };
    }

    private static IReadOnlyList<DynamicTemplate> ParseTemplates(JsonNode? value)
    {
        if (value is not JsonArray array)
        {
            throw Failure("Dynamic template syntax error. An array of named objects is expected.");
        }

        return [.. array.Select(entry => entry is JsonObject { Count: 1 } named
            ? DynamicTemplate.Parse(named.First().Key, named.First().Value)
            : throw Failure("Dynamic template syntax error. An array of named objects is expected."))];
    }

    private static JsonNode? Normalize(ParameterSpec spec, JsonNode? value, string field)
    {
        if (value is null)
        {
            return spec.Kind == ParameterKind.Any || spec.Default is null ? null : spec.Default.DeepClone();
        }

        try
        {
            return spec.Kind switch
            {
                ParameterKind.Bool => JsonValue.Create(Bool(value, spec.Name)),
                ParameterKind.Int => JsonValue.Create(JsonRead.Int(value, spec.Name)),
                ParameterKind.Double => JsonValue.Create(JsonRead.Double(value, spec.Name)),
                ParameterKind.String => JsonValue.Create(JsonRead.String(value, spec.Name)),
                ParameterKind.Analyzer => JsonValue.Create(ValidAnalyzer(JsonRead.String(value, spec.Name))),
                ParameterKind.DateFormat => JsonValue.Create(ValidFormat(JsonRead.String(value, spec.Name), field)),
                _ => value.DeepClone(),
            };
        }
        catch (OpenSearchException e) when (e.Error.Type == "parsing_exception")
        {
            throw Failure($"Error parsing [{spec.Name}] on field [{field}]: {e.Error.Reason}");
        }
    }

    private static bool Bool(JsonNode? value, string name) => JsonRead.ScalarText(value) switch
    {
        "true" => true,
        "false" => false,
        var other => throw Failure($"Failed to parse value [{other}] as only [true] or [false] are allowed."),
    };

    private static string ValidAnalyzer(string name) => Analyzers.TryGet(name, out _)
        ? name
        : throw Failure($"analyzer [{name}] is not supported by the pika-migrate sandbox engine (it has: {string.Join(", ", Analyzers.Names)})");

    private static string ValidFormat(string format, string field)
    {
        try
        {
            DateFormatter.Of(format);
            return format;
        }
        catch (DateParseException e)
        {
            throw Failure($"Error parsing [format] on field [{field}]: {e.Message}");
        }
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    private static string JavaClass(JsonNode? node) => node switch
    {
        JsonArray => "class java.util.ArrayList",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => "class java.lang.String",
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => "class java.lang.Boolean",
        JsonValue => "class java.lang.Integer",
        _ => "null",
    };
}
