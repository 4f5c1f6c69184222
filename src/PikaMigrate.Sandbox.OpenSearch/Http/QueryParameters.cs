using System.Globalization;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Http;

/// <summary>URL parameters with OpenSearch's parsing rules (an empty value means true; bad values are 400s).</summary>
internal sealed class QueryParameters(IReadOnlyDictionary<string, string> values)
{
    public static readonly QueryParameters Empty = new(new Dictionary<string, string>());

    public IEnumerable<string> Names => values.Keys;

    public bool Has(string name) => values.ContainsKey(name);

    public string? String(string name) => values.GetValueOrDefault(name);

    public bool Bool(string name, bool defaultValue)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return text switch
        {
            "" or "true" => true,
            "false" => false,
            _ => throw RequestErrors.InvalidBoolean(text),
        };
    }

    public int? Int(string name)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw RequestErrors.InvalidInt(name, text);
    }

    public long? Long(string name)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw RequestErrors.IllegalArgument($"Failed to parse long parameter [{name}] with value [{text}]");
    }

    /// <summary>Comma-separated lists such as <c>_source_includes=a,b</c>.</summary>
    public IReadOnlyList<string>? List(string name) =>
        values.TryGetValue(name, out var text) ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;
}
