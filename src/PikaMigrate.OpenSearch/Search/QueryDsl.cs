using System.Text.Json.Nodes;

namespace PikaMigrate.OpenSearch.Search;

/// <summary>The few query DSL clauses the migrations' checks are built from.</summary>
public static class QueryDsl
{
    public static JsonObject MatchAll() => new() { ["match_all"] = new JsonObject() };

    public static JsonObject Exists(string field) => new() { ["exists"] = new JsonObject { ["field"] = field } };

    public static JsonObject Term(string field, string value) => new() { ["term"] = new JsonObject { [field] = value } };

    /// <summary>All of <paramref name="filter"/> and none of <paramref name="mustNot"/>.</summary>
    public static JsonObject Bool(IEnumerable<JsonObject> filter, IEnumerable<JsonObject>? mustNot = null)
    {
        var body = new JsonObject { ["filter"] = new JsonArray([.. filter]) };
        if (mustNot is not null)
        {
            body["must_not"] = new JsonArray([.. mustNot]);
        }

        return new JsonObject { ["bool"] = body };
    }

    /// <summary>Any of <paramref name="clauses"/> (a bool with only should clauses needs one to match).</summary>
    public static JsonObject AnyOf(IEnumerable<JsonObject> clauses) =>
        new() { ["bool"] = new JsonObject { ["should"] = new JsonArray([.. clauses]), ["minimum_should_match"] = 1 } };
}
