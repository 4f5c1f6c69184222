using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>
/// A mapping as GET <c>_mapping</c> prints it: properties sorted by name, parameters at their defaults left out,
/// <c>"type":"object"</c> only for an object without properties.
/// </summary>
internal static class MappingSerializer
{
    public static JsonObject ToJson(RootMapping mapping)
    {
        var json = new JsonObject();
        if (mapping.Root.Dynamic is { } dynamic)
        {
            json["dynamic"] = Dynamic(dynamic);
        }

        if (mapping.Meta is not null)
        {
            json["_meta"] = mapping.Meta.DeepClone();
        }

        if (mapping.DynamicDateFormats is { } formats)
        {
            json["dynamic_date_formats"] = new JsonArray([.. formats.Select(f => (JsonNode)f)]);
        }

        if (mapping.DynamicTemplates is { } templates)
        {
            json["dynamic_templates"] = new JsonArray([.. templates.Select(t => (JsonNode)t.ToJson())]);
        }

        if (mapping.DateDetection is { } dateDetection)
        {
            json["date_detection"] = dateDetection;
        }

        if (mapping.NumericDetection is { } numericDetection)
        {
            json["numeric_detection"] = numericDetection;
        }

        if (mapping.Root.Properties.Count > 0)
        {
            json["properties"] = Properties(mapping.Root);
        }

        return json;
    }

    public static JsonObject ToJson(Mapper mapper) => mapper switch
    {
        FieldMapper field => Field(field),
        ObjectMapper obj => Object(obj),
        _ => throw new InvalidOperationException("Unknown mapper kind."),
    };

    private static JsonObject Properties(ObjectMapper obj)
    {
        var properties = new JsonObject();
        foreach (var (name, mapper) in obj.Properties)
        {
            properties[name] = ToJson(mapper);
        }

        return properties;
    }

    private static JsonObject Object(ObjectMapper obj)
    {
        var json = new JsonObject();
        if (obj.Nested)
        {
            json["type"] = "nested";
        }
        else if (obj.Properties.Count == 0)
        {
            json["type"] = "object";
        }

        if (obj.IncludeInParent is { } parent)
        {
            json["include_in_parent"] = parent;
        }

        if (obj.IncludeInRoot is { } root)
        {
            json["include_in_root"] = root;
        }

        if (obj.Dynamic is { } dynamic)
        {
            json["dynamic"] = Dynamic(dynamic);
        }

        if (obj.Enabled is false)
        {
            json["enabled"] = false;
        }

        if (obj.Properties.Count > 0)
        {
            json["properties"] = Properties(obj);
        }

        return json;
    }

    private static JsonObject Field(FieldMapper field)
    {
        var json = new JsonObject { ["type"] = field.TypeName };
        foreach (var spec in field.Type.Parameters)
        {
            if (field.Parameters.TryGetValue(spec.Name, out var value) && !JsonNode.DeepEquals(value, spec.Default))
            {
                json[spec.Name] = value?.DeepClone();
            }
        }

        if (field.MultiFields.Count > 0)
        {
            var fields = new JsonObject();
            foreach (var (name, sub) in field.MultiFields)
            {
                fields[name] = Field(sub);
            }

            json["fields"] = fields;
        }

        return json;
    }

    private static string Dynamic(DynamicMode mode) => mode switch
    {
        DynamicMode.True => "true",
        DynamicMode.False => "false",
        _ => "strict",
    };
}
