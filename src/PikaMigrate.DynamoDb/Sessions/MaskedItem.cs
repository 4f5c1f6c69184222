using System.Globalization;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;

namespace PikaMigrate.DynamoDb.Sessions;

/// <summary>
/// Turns a DynamoDB item into plain JSON for people to read, with every value under
/// <c>session_attributes</c> replaced by a mask (its keys kept): it holds the session token and user data.
/// </summary>
public static class MaskedItem
{
    public const string Mask = "***";
    public const string MaskedAttribute = "session_attributes";

    public static JsonObject From(Dictionary<string, AttributeValue> item)
    {
        var json = new JsonObject();
        foreach (var (name, value) in item.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            json[name] = name == MaskedAttribute ? Masked(value) : ToJson(value);
        }

        return json;
    }

    private static JsonNode Masked(AttributeValue value)
    {
        if (value.M is null)
        {
            return Mask;
        }

        var masked = new JsonObject();
        foreach (var key in value.M.Keys.Order(StringComparer.Ordinal))
        {
            masked[key] = Mask;
        }

        return masked;
    }

    private static JsonNode? ToJson(AttributeValue value)
    {
        if (value.S is not null)
        {
            return value.S;
        }

        if (value.N is not null)
        {
            return decimal.TryParse(value.N, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : value.N;
        }

        if (value.BOOL is { } flag)
        {
            return flag;
        }

        if (value.NULL is true)
        {
            return null;
        }

        if (value.M is not null)
        {
            var map = new JsonObject();
            foreach (var (key, inner) in value.M.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                map[key] = ToJson(inner);
            }

            return map;
        }

        if (value.L is not null)
        {
            return new JsonArray([.. value.L.Select(ToJson)]);
        }

        if (value.SS is not null)
        {
            return new JsonArray([.. value.SS.Select(s => (JsonNode?)s)]);
        }

        if (value.NS is not null)
        {
            return new JsonArray([.. value.NS.Select(n => ToJson(new AttributeValue { N = n }))]);
        }

        if (value.B is not null)
        {
            return Convert.ToBase64String(value.B.ToArray());
        }

        return value.BS is not null ? new JsonArray([.. value.BS.Select(b => (JsonNode?)Convert.ToBase64String(b.ToArray()))]) : null;
    }
}
