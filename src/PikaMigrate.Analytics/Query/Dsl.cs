using System.Text.Json.Nodes;

namespace PikaMigrate.Analytics.Query;

/// <summary>The query DSL clauses the analytics filters are made of.</summary>
internal static class Dsl
{
    public static JsonObject MatchAll() => new() { ["match_all"] = new JsonObject() };

    public static JsonObject Term(string field, string value) => new() { ["term"] = new JsonObject { [field] = value } };

    public static JsonObject Terms(string field, IEnumerable<string> values) =>
        new() { ["terms"] = new JsonObject { [field] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]) } };

    public static JsonObject Exists(string field) => new() { ["exists"] = new JsonObject { ["field"] = field } };

    public static JsonObject Missing(string field) => new() { ["bool"] = new JsonObject { ["must_not"] = Exists(field) } };

    /// <summary>Every clause must match (a bool filter: no scoring).</summary>
    public static JsonObject AllOf(IEnumerable<JsonObject> clauses) =>
        new() { ["bool"] = new JsonObject { ["filter"] = new JsonArray([.. clauses.Select(c => c.DeepClone())]) } };

    /// <summary>At least one clause must match.</summary>
    public static JsonObject AnyOf(IEnumerable<JsonObject> clauses) =>
        new() { ["bool"] = new JsonObject { ["should"] = new JsonArray([.. clauses.Select(c => c.DeepClone())]), ["minimum_should_match"] = 1 } };

    public static JsonObject NoneOf(JsonObject clause) =>
        new() { ["bool"] = new JsonObject { ["must_not"] = clause.DeepClone() } };
}
