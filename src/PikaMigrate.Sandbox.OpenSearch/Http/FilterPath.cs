using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Http;

/// <summary>
/// The <c>filter_path</c> URL parameter: keeps only the response paths named (dotted, <c>*</c> within a name,
/// <c>**</c> for any depth); arrays are transparent. Exclusions (<c>-path</c>) are not implemented.
/// </summary>
internal static class FilterPath
{
    public static JsonNode? Apply(JsonNode? body, IReadOnlyList<string> filters)
    {
        if (filters.Any(f => f.StartsWith('-')))
        {
            throw RequestErrors.Unsupported("filter_path exclusions (a leading '-')");
        }

        var patterns = filters.Select(f => f.Split('.')).ToList();
        return body is null ? null : Filter(body, patterns) ?? new JsonObject();
    }

    private static JsonNode? Filter(JsonNode node, IReadOnlyList<string[]> patterns)
    {
        if (patterns.Any(p => p.Length == 0))
        {
            return node.DeepClone();
        }

        switch (node)
        {
            case JsonArray array:
            {
                var kept = array.Select(item => item is null ? null : Filter(item, patterns)).Where(x => x is not null).ToList();
                return kept.Count == 0 ? null : new JsonArray([.. kept]);
            }

            case JsonObject obj:
            {
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    var next = new List<string[]>();
                    foreach (var pattern in patterns)
                    {
                        if (pattern[0] == "**")
                        {
                            next.Add(pattern);
                            next.Add(pattern[1..]);
                            if (pattern.Length > 1 && Matches(pattern[1], key))
                            {
                                next.Add(pattern[2..]);
                            }
                        }
                        else if (Matches(pattern[0], key))
                        {
                            next.Add(pattern[1..]);
                        }
                    }

                    if (next.Count == 0)
                    {
                        continue;
                    }

                    if (next.Any(p => p.Length == 0))
                    {
                        result[key] = value?.DeepClone();
                    }
                    else if (value is not null && Filter(value, next) is { } filtered)
                    {
                        result[key] = filtered;
                    }
                }

                return result.Count == 0 ? null : result;
            }

            default:
                return null;
        }
    }

    private static bool Matches(string pattern, string key) => Glob.IsMatch(pattern, key);
}
