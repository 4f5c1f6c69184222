using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>
/// The additive, recursive merge of a mapping update (PUT <c>_mapping</c> and dynamic updates): new fields are
/// added, type changes and changes to non-updatable parameters are rejected with OpenSearch's exact reasons.
/// Nothing is applied unless the whole update merges.
/// </summary>
internal static class MappingMerger
{
    public static RootMapping Merge(RootMapping existing, RootMapping update) => new(MergeObject(existing.Root, update.Root))
    {
        DynamicTemplates = update.DynamicTemplates ?? existing.DynamicTemplates,
        DateDetection = update.DateDetection ?? existing.DateDetection,
        NumericDetection = update.NumericDetection ?? existing.NumericDetection,
        DynamicDateFormats = update.DynamicDateFormats ?? existing.DynamicDateFormats,
        Meta = update.Meta ?? existing.Meta,
    };

    public static Mapper MergeMapper(Mapper existing, Mapper incoming) => (existing, incoming) switch
    {
        (ObjectMapper e, ObjectMapper i) => MergeObject(e, i),
        (ObjectMapper, FieldMapper i) => throw RequestErrors.IllegalArgument($"can't merge a non object mapping [{i.Path}] with an object mapping"),
        (FieldMapper e, ObjectMapper i) => throw RequestErrors.IllegalArgument($"mapper [{e.Path}] cannot be changed from type [{e.TypeName}] to [{i.TypeName}]"),
        (FieldMapper e, FieldMapper i) => MergeField(e, i),
        _ => throw new InvalidOperationException("Unknown mapper kind."),
    };

    private static ObjectMapper MergeObject(ObjectMapper existing, ObjectMapper incoming)
    {
        if (existing.Nested != incoming.Nested && existing.Path.Length > 0)
        {
            throw RequestErrors.IllegalArgument(existing.Nested
                ? $"object mapping [{existing.Path}] can't be changed from nested to non-nested"
                : $"object mapping [{existing.Path}] can't be changed from non-nested to nested");
        }

        if (incoming.Enabled is { } enabled && enabled != (existing.Enabled ?? true))
        {
            throw RequestErrors.IllegalArgument($"The [enabled] parameter can't be updated for the object mapping [{existing.Path}].");
        }

        var properties = new SortedDictionary<string, Mapper>(existing.Properties.ToDictionary(), StringComparer.Ordinal);
        foreach (var (name, mapper) in incoming.Properties)
        {
            properties[name] = properties.TryGetValue(name, out var current) ? MergeMapper(current, mapper) : mapper;
        }

        return new ObjectMapper(existing.Name, existing.Path, properties)
        {
            Nested = existing.Nested,
            Dynamic = incoming.Dynamic ?? existing.Dynamic,
            Enabled = existing.Enabled ?? incoming.Enabled,
            IncludeInParent = incoming.IncludeInParent ?? existing.IncludeInParent,
            IncludeInRoot = incoming.IncludeInRoot ?? existing.IncludeInRoot,
        };
    }

    private static FieldMapper MergeField(FieldMapper existing, FieldMapper incoming)
    {
        if (existing.Type != incoming.Type)
        {
            throw RequestErrors.IllegalArgument($"mapper [{existing.Path}] cannot be changed from type [{existing.TypeName}] to [{incoming.TypeName}]");
        }

        var multiFields = new SortedDictionary<string, FieldMapper>(existing.MultiFields.ToDictionary(), StringComparer.Ordinal);
        foreach (var (name, sub) in incoming.MultiFields)
        {
            multiFields[name] = multiFields.TryGetValue(name, out var current) ? (FieldMapper)MergeMapper(current, sub) : sub;
        }

        var conflicts = new List<string>();
        var parameters = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var spec in existing.Type.Parameters)
        {
            var current = existing.Value(spec.Name);
            var next = incoming.Value(spec.Name);
            if (!spec.Updatable && !JsonNode.DeepEquals(current, next))
            {
                conflicts.Add($"Cannot update parameter [{spec.Name}] from [{JavaText.Of(current)}] to [{JavaText.Of(next)}]");
            }

            var value = spec.Updatable ? next : current;
            if (!JsonNode.DeepEquals(value, spec.Default))
            {
                parameters[spec.Name] = value?.DeepClone();
            }
        }

        if (conflicts.Count > 0)
        {
            throw RequestErrors.IllegalArgument($"Mapper for [{existing.Path}] conflicts with existing mapper:\n\t" + string.Join("\n\t", conflicts));
        }

        return new FieldMapper(existing.Name, existing.Path, existing.Type, parameters, multiFields);
    }
}
