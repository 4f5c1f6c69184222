using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Documents;

/// <summary>Dynamic mapping: the mapper a new field gets, and the update those new mappers make to the index mapping.</summary>
internal sealed partial class DocumentParser
{
    private Mapper CreateDynamic(string parentPath, string name, JsonElement value)
    {
        var path = Join(parentPath, name);
        var root = _mapping.Root;
        string? dateFormat = null;
        var detected = value.ValueKind switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => value.TryGetInt64(out _) || IsIntegral(value.GetRawText()) ? "long" : "double",
            _ => DetectString(value.GetString()!, root, out dateFormat),
        };

        var template = root.DynamicTemplates?.FirstOrDefault(t => t.Matches(path, name, detected));
        JsonObject definition;
        if (template is not null)
        {
            definition = template.MappingFor(name, detected, detected switch
            {
                "string" => "text",
                "double" => "float",
                _ => detected,
            });
            if (detected == "date" && definition["format"] is null && dateFormat != DateFormatter.DefaultPattern && definition["type"]?.GetValue<string>() == "date")
            {
                definition["format"] = dateFormat;
            }
        }
        else
        {
            definition = detected switch
            {
                "object" => [],
                "boolean" => new JsonObject { ["type"] = "boolean" },
                "long" => new JsonObject { ["type"] = "long" },
                "double" => new JsonObject { ["type"] = "float" },
                "date" => dateFormat == DateFormatter.DefaultPattern
                    ? new JsonObject { ["type"] = "date" }
                    : new JsonObject { ["type"] = "date", ["format"] = dateFormat },
                _ => new JsonObject
                {
                    ["type"] = "text",
                    ["fields"] = new JsonObject { ["keyword"] = new JsonObject { ["type"] = "keyword", ["ignore_above"] = 256 } },
                },
            };
        }

        try
        {
            return MappingParser.ParseProperty(name, parentPath, definition);
        }
        catch (OpenSearchException e) when (template is not null)
        {
            throw new OpenSearchException(400, DocumentErrors.MapperParsing(
                $"dynamic template [{template.Name}] has invalid content [{definition.ToJsonString()}]", e.Error));
        }
    }

    /// <summary>"string", or "date" when a dynamic date format accepts it, or "long"/"double" with numeric detection.</summary>
    private static string DetectString(string text, RootMapping root, out string? dateFormat)
    {
        dateFormat = null;
        var pureNumber = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || text is "NaN" or "Infinity" or "-Infinity";
        if (root.DateDetection ?? true)
        {
            if (!pureNumber)
            {
                foreach (var format in root.EffectiveDateFormats)
                {
                    if (DateFormatter.Of(format).TryParseMillis(text, out _))
                    {
                        dateFormat = format;
                        return "date";
                    }
                }
            }
        }

        if (root.NumericDetection == true && pureNumber)
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? "long" : "double";
        }

        return "string";
    }

    private static bool IsIntegral(string raw) => raw.All(c => char.IsAsciiDigit(c) || c == '-');

    /// <summary>The new mappers as a mapping update: new objects with their children, existing parents as plain holders.</summary>
    private RootMapping? DynamicUpdate()
    {
        if (_added.Count == 0)
        {
            return null;
        }

        var ancestors = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var path in _added.Keys)
        {
            for (var parent = Parent(path); ; parent = Parent(parent))
            {
                ancestors.Add(parent);
                if (parent.Length == 0)
                {
                    break;
                }
            }
        }

        return new RootMapping(Build("", _mapping.Root.Root, isNew: false, ancestors));
    }

    private ObjectMapper Build(string path, ObjectMapper template, bool isNew, HashSet<string> ancestors)
    {
        var properties = ObjectMapper.NewProperties();
        foreach (var (childPath, mapper) in _added)
        {
            if (Parent(childPath) == path)
            {
                properties[mapper.Name] = mapper is ObjectMapper obj ? Build(childPath, obj, isNew: true, ancestors) : mapper;
            }
        }

        foreach (var ancestor in ancestors)
        {
            if (ancestor.Length > 0 && Parent(ancestor) == path && !_added.ContainsKey(ancestor) && _mapping.Object(ancestor) is { } existing)
            {
                properties[existing.Name] = Build(ancestor, existing, isNew: false, ancestors);
            }
        }

        return isNew
            ? template.WithProperties(properties)
            : new ObjectMapper(template.Name, template.Path, properties) { Nested = template.Nested };
    }

    private static string Parent(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? "" : path[..dot];
    }
}
