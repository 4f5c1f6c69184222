using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Documents;

/// <summary>
/// <c>_source</c> filtering: <c>false</c>, a pattern, a list, or <c>{includes, excludes}</c>; patterns are dotted
/// paths where <c>*</c> matches anything (dots included). An included object comes whole, minus the excludes.
/// </summary>
internal sealed class SourceFilter
{
    public static readonly SourceFilter All = new([], []);
    public static readonly SourceFilter NoSource = new([], []) { Fetch = false };

    private SourceFilter(IReadOnlyList<string> includes, IReadOnlyList<string> excludes)
    {
        Includes = includes;
        Excludes = excludes;
    }

    public IReadOnlyList<string> Includes { get; }

    public IReadOnlyList<string> Excludes { get; }

    public bool Fetch { get; private init; } = true;

    private bool Filters => Includes.Count > 0 || Excludes.Count > 0;

    public static SourceFilter FromBody(JsonNode? node) => node switch
    {
        null => All,
        JsonValue v when JsonRead.IsBoolean(v) => v.GetValue<bool>() ? All : NoSource,
        JsonValue v => new SourceFilter([JsonRead.String(v, "_source")], []),
        JsonArray a => new SourceFilter(JsonRead.StringList(a, "_source"), []),
        JsonObject o => FromObject(o),
        _ => All,
    };

    /// <summary><c>_source</c>, <c>_source_includes</c>, <c>_source_excludes</c> URL parameters, or null when none is given.</summary>
    public static SourceFilter? FromQuery(QueryParameters query)
    {
        var source = query.String("_source");
        var includes = query.List("_source_includes") ?? query.List("_source_include");
        var excludes = query.List("_source_excludes") ?? query.List("_source_exclude");
        if (source is null && includes is null && excludes is null)
        {
            return null;
        }

        if (source is "false")
        {
            return NoSource;
        }

        var fromSource = source is null or "" or "true" ? [] : source.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new SourceFilter([.. fromSource, .. includes ?? []], excludes ?? []);
    }

    public JsonNode? Apply(byte[] source)
    {
        var node = JsonNode.Parse(source);
        return Filters && node is JsonObject obj ? FilterObject(obj, "") : node;
    }

    /// <summary>Filters a value-model map (for <c>_update</c>'s <c>get</c>).</summary>
    public JsonNode? Apply(JsonObject source) => Filters ? FilterObject(source, "") : source;

    private static SourceFilter FromObject(JsonObject o)
    {
        foreach (var key in o.Select(kv => kv.Key))
        {
            if (key is not ("includes" or "include" or "excludes" or "exclude"))
            {
                throw RequestErrors.Parsing($"Unknown key for a START_ARRAY in [{key}].");
            }
        }

        var includes = o["includes"] ?? o["include"];
        var excludes = o["excludes"] ?? o["exclude"];
        return new SourceFilter(
            includes is null ? [] : JsonRead.StringList(includes, "includes"),
            excludes is null ? [] : JsonRead.StringList(excludes, "excludes"));
    }

    private JsonObject FilterObject(JsonObject obj, string prefix)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            var path = prefix + key;
            if (Excluded(path))
            {
                continue;
            }

            if (Includes.Count == 0 || Includes.Any(p => Glob.IsMatch(p, path)))
            {
                result[key] = WithoutExcluded(value, path);
                continue;
            }

            if (!Includes.Any(p => CouldMatchBelow(p, path + ".")))
            {
                continue;
            }

            switch (value)
            {
                case JsonObject child:
                    var filtered = FilterObject(child, path + ".");
                    if (filtered.Count > 0)
                    {
                        result[key] = filtered;
                    }

                    break;
                case JsonArray array:
                    var kept = array.OfType<JsonObject>().Select(item => FilterObject(item, path + ".")).Where(f => f.Count > 0).ToList();
                    if (kept.Count > 0)
                    {
                        result[key] = new JsonArray([.. kept]);
                    }

                    break;
            }
        }

        return result;
    }

    private JsonNode? WithoutExcluded(JsonNode? value, string path)
    {
        if (Excludes.Count == 0 || value is null)
        {
            return value?.DeepClone();
        }

        return value switch
        {
            JsonObject obj => new JsonObject(obj.Where(kv => !Excluded(path + "." + kv.Key))
                .Select(kv => new KeyValuePair<string, JsonNode?>(kv.Key, WithoutExcluded(kv.Value, path + "." + kv.Key)))),
            JsonArray array => new JsonArray([.. array.Select(item => WithoutExcluded(item, path))]),
            _ => value.DeepClone(),
        };
    }

    private bool Excluded(string path) => Excludes.Any(p => Glob.IsMatch(p, path));

    /// <summary>Whether some path starting with <paramref name="prefix"/> could match the pattern.</summary>
    private static bool CouldMatchBelow(string pattern, string prefix)
    {
        for (var i = 0; i < prefix.Length; i++)
        {
            if (i >= pattern.Length)
            {
                return false;
            }

            if (pattern[i] == '*')
            {
                return true;
            }

            if (pattern[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
