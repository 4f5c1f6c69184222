using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>
/// <c>exists</c>: the field has at least one indexed value (null and [] do not count, nor keyword values over
/// ignore_above); on an object, any field under it. Unmapped fields match nothing.
/// </summary>
internal sealed record ExistsQuery(string Field, double Boost) : IQueryNode
{
    public static ExistsQuery Parse(JsonNode? node)
    {
        var body = QueryParser.Object(node, "exists");
        var boost = QueryParser.Boost(body, "exists");
        string? field = null;
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "field":
                    field = JsonRead.String(value, key);
                    break;
                case "boost":
                    break;
                default:
                    throw RequestErrors.Parsing($"[exists] query does not support [{key}]");
            }
        }

        return field is null ? throw RequestErrors.Parsing("[exists] must be provided with a [field]") : new ExistsQuery(field, boost);
    }

    public Query Compile(QueryContext context)
    {
        if (Field == "_id")
        {
            return Matchers.All(Boost);
        }

        if (context.Field(Field) is { } field)
        {
            return Matchers.Present([field.Id], Boost);
        }

        if (context.Mapping.Object(Field) is not null)
        {
            return Matchers.Present([.. context.Mapping.FieldsUnder(Field).Select(f => f.Id)], Boost);
        }

        return Matchers.None();
    }
}
