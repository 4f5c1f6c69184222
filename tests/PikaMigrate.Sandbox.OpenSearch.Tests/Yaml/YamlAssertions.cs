using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// The YAML runner's assertions: <c>match</c> (numbers compare by value, <c>/regex/</c> strings as patterns, the
/// path <c>$body</c> or empty for the whole body), <c>is_true</c>, <c>is_false</c>, <c>length</c>, <c>gt</c>/<c>lt</c>,
/// and <c>catch</c> (<c>missing</c> 404, <c>conflict</c> 409, <c>bad_request</c> 400, <c>request</c> any 4xx/5xx, or a
/// <c>/regex/</c> over the response).
/// </summary>
public static class YamlAssertions
{
    public static EngineResponse Match(this EngineResponse response, string path, object? expected)
    {
        var actual = At(response, path);
        var wanted = expected switch
        {
            null => null,
            JsonNode node => node,
            string s when s.Length > 1 && s[0] == '/' && s[^1] == '/' => JsonValue.Create(s),
            string s => JsonValue.Create(s),
            _ => JsonSerializer.SerializeToNode(expected),
        };
        if (expected is string pattern && pattern.Length > 1 && pattern[0] == '/' && pattern[^1] == '/')
        {
            var text = actual is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : actual?.ToJsonString() ?? "null";
            Assert.True(Regex.IsMatch(text, pattern[1..^1].Trim()),
                $"match {path}: [{text}] does not match {pattern}\n{response.Text}");
            return response;
        }

        Assert.True(Same(actual, wanted), $"match {path}: expected {wanted?.ToJsonString() ?? "null"} but was {actual?.ToJsonString() ?? "null"}\n{response.Text}");
        return response;
    }

    /// <summary><c>match</c> against JSON text (objects and arrays).</summary>
    public static EngineResponse MatchJson(this EngineResponse response, string path, string json) => response.Match(path, JsonNode.Parse(json));

    public static EngineResponse IsTrue(this EngineResponse response, string path)
    {
        Assert.True(Truthy(At(response, path)), $"is_true {path} failed\n{response.Text}");
        return response;
    }

    public static EngineResponse IsFalse(this EngineResponse response, string path)
    {
        Assert.False(Truthy(At(response, path)), $"is_false {path} failed\n{response.Text}");
        return response;
    }

    public static EngineResponse Length(this EngineResponse response, string path, int count)
    {
        var node = At(response, path);
        var actual = node switch
        {
            JsonArray a => a.Count,
            JsonObject o => o.Count,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length,
            _ => -1,
        };
        Assert.True(actual == count, $"length {path}: expected {count} but was {actual}\n{response.Text}");
        return response;
    }

    public static EngineResponse Gte(this EngineResponse response, string path, double value) =>
        Compare(response, path, n => n >= value, $">= {value}");

    public static EngineResponse Gt(this EngineResponse response, string path, double value) =>
        Compare(response, path, n => n > value, $"> {value}");

    public static EngineResponse Lt(this EngineResponse response, string path, double value) =>
        Compare(response, path, n => n < value, $"< {value}");

    public static EngineResponse Lte(this EngineResponse response, string path, double value) =>
        Compare(response, path, n => n <= value, $"<= {value}");

    /// <summary><c>catch</c>: the request failed as described.</summary>
    public static EngineResponse Catch(this EngineResponse response, string expected)
    {
        switch (expected)
        {
            case "missing":
                Assert.True(response.Status == 404, $"catch missing: got {response.Status}\n{response.Text}");
                break;
            case "conflict":
                Assert.True(response.Status == 409, $"catch conflict: got {response.Status}\n{response.Text}");
                break;
            case "bad_request":
                Assert.True(response.Status == 400, $"catch bad_request: got {response.Status}\n{response.Text}");
                break;
            case "request":
                Assert.True(response.Status >= 400 && response.Status != 404 && response.Status != 409, $"catch request: got {response.Status}\n{response.Text}");
                break;
            default:
                Assert.True(response.Status >= 400, $"catch {expected}: got {response.Status}\n{response.Text}");
                // The pattern may name the reason as text (quotes unescaped) or the JSON of the response.
                var pattern = expected.Trim('/');
                var reason = response.Json["error"] is JsonObject error ? error["reason"]?.ToString() ?? "" : "";
                Assert.True(Regex.IsMatch(response.Text, pattern) || Regex.IsMatch(reason, pattern), $"catch {expected}: the response does not match\n{response.Text}");
                break;
        }

        return response;
    }

    /// <summary>
    /// The clear 400 of a feature this engine deliberately does not support (its reason, or the cause's where
    /// OpenSearch wraps the failure, as index creation wraps mapping errors).
    /// </summary>
    public static EngineResponse Unsupported(this EngineResponse response, string feature)
    {
        response.Expect(400);
        var reason = $"{feature} is not supported by the pika-migrate sandbox engine";
        Assert.True(response.String("error.reason") == reason || response.String("error.caused_by.reason") == reason || response.String("error.root_cause.0.reason") == reason,
            $"expected the unsupported-feature error [{reason}]\n{response.Text}");
        return response;
    }

    private static EngineResponse Compare(EngineResponse response, string path, Func<double, bool> test, string what)
    {
        var node = At(response, path);
        Assert.True(node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && test(v.GetValue<double>()), $"{path} {what} failed: {node?.ToJsonString()}\n{response.Text}");
        return response;
    }

    /// <summary>A dotted path; <c>\.</c> escapes a dot inside a key, as the YAML runner allows.</summary>
    private static JsonNode? At(EngineResponse response, string path)
    {
        JsonNode? node = response.Json;
        if (path is "" or "$body")
        {
            return node;
        }

        foreach (var part in Regex.Split(path, @"(?<!\\)\.").Select(p => p.Replace("\\.", ".", StringComparison.Ordinal)))
        {
            node = node switch
            {
                JsonArray array when int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var i) => i < array.Count ? array[i] : null,
                JsonObject obj => obj[part],
                _ => null,
            };
        }

        return node;
    }

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => v.GetValue<string>() is not ("" or "false"),
            JsonValueKind.Number => v.GetValue<double>() != 0,
            _ => true,
        },
        _ => true,
    };

    /// <summary>YAML equality: numbers by value (an int matches a float), objects by keys regardless of order.</summary>
    private static bool Same(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JsonValue x, null):
                return x.GetValueKind() == JsonValueKind.Null;
            case (null, JsonValue y):
                return y.GetValueKind() == JsonValueKind.Null;
            case (JsonObject x, JsonObject y):
                return x.Count == y.Count && x.All(kv => y.ContainsKey(kv.Key) && Same(kv.Value, y[kv.Key]));
            case (JsonArray x, JsonArray y):
                return x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second));
            case (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number:
                // Whole numbers exactly (longs lose digits as doubles), others as doubles.
                return x.TryGetValue<long>(out var lx) && y.TryGetValue<long>(out var ly) ? lx == ly : x.GetValue<double>() == y.GetValue<double>();
            case (JsonValue x, JsonValue y):
                return x.ToJsonString() == y.ToJsonString();
            default:
                return false;
        }
    }
}
