using System.Globalization;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Documents;

/// <summary>
/// <c>stored_fields</c> on GET, <c>_mget</c> and search: the fields mapped with <c>store: true</c> that are returned
/// under <c>fields</c> (values as the field type displays them), and whether <c>_source</c> still comes: only when
/// the list names <c>_source</c> or <c>_source</c> was asked for explicitly. In a search <c>_none_</c> loads nothing,
/// not even <c>_id</c>.
/// </summary>
internal sealed class StoredFields
{
    public const string SourceName = "_source";
    private const string NoneName = "_none_";

    private StoredFields(IReadOnlyList<string> names, bool none)
    {
        Names = names;
        None = none;
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>Search's <c>stored_fields: _none_</c>.</summary>
    public bool None { get; }

    /// <summary>Whether <c>_source</c> is among the names (it is fetched then even without a <c>_source</c> parameter).</summary>
    public bool NamesSource => Names.Contains(SourceName);

    /// <summary>A GET/mget <c>stored_fields</c> list: <c>_none_</c> is just a name no field has.</summary>
    public static StoredFields? ForGet(IReadOnlyList<string>? names) => names is null ? null : new StoredFields(names, none: false);

    /// <summary>A search's <c>stored_fields</c> (a name or a list; <c>_none_</c> only on its own).</summary>
    public static StoredFields? ForSearch(IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return null;
        }

        if (names.Contains(NoneName))
        {
            return names.Count == 1
                ? new StoredFields([], none: true)
                : throw RequestErrors.IllegalArgument("cannot combine _none_ with other fields");
        }

        return new StoredFields(names, none: false);
    }

    public static StoredFields? ForSearch(JsonNode? node) => ForSearch(node is null ? null : JsonRead.StringList(node, "stored_fields"));

    /// <summary>The <c>fields</c> object of a document: the stored fields asked for that have values, or null.</summary>
    public JsonObject? Values(StoredDocument doc)
    {
        var wanted = doc.Mapping.Fields
            .Where(f => f.Mapper.Value("store") is JsonValue store && JsonRead.IsBoolean(store) && store.GetValue<bool>())
            .Where(f => Names.Any(n => Glob.IsMatch(n, f.Path)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        var source = JsonNode.Parse(doc.Source);
        var fields = new JsonObject();
        foreach (var field in wanted)
        {
            var values = new JsonArray();
            foreach (var value in ValuesAt(source, SourcePath(doc.Mapping, field.Path).Split('.')))
            {
                if (Display(field.Mapper, value) is { } shown)
                {
                    values.Add(shown);
                }
            }

            if (values.Count > 0)
            {
                fields[field.Path] = values;
            }
        }

        return fields.Count > 0 ? fields : null;
    }

    /// <summary>A multi-field (<c>title.raw</c>) stores its parent's value.</summary>
    private static string SourcePath(IndexMapping mapping, string path)
    {
        var dot = path.LastIndexOf('.');
        return dot > 0 && mapping.Field(path[..dot]) is { } parent && parent.Mapper.MultiFields.ContainsKey(path[(dot + 1)..]) ? parent.Path : path;
    }

    private static IEnumerable<JsonNode> ValuesAt(JsonNode? node, ReadOnlyMemory<string> path)
    {
        switch (node)
        {
            case null:
                yield break;
            case JsonArray array:
                foreach (var item in array.SelectMany(item => ValuesAt(item, path)))
                {
                    yield return item;
                }

                yield break;
            case JsonObject obj when path.Length > 0:
                foreach (var item in ValuesAt(obj[path.Span[0]], path[1..]))
                {
                    yield return item;
                }

                yield break;
            case JsonValue value when path.Length == 0:
                yield return value;
                yield break;
        }
    }

    /// <summary>The value as the field type shows a stored value (MappedFieldType.valueForDisplay); null when it holds none.</summary>
    private static JsonNode? Display(FieldMapper field, JsonNode value)
    {
        var text = JsonRead.ScalarText(value);
        if (text is null)
        {
            return null;
        }

        switch (field.Family)
        {
            case FieldFamily.Numeric when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return field.Type.IsInteger ? JsonValue.Create((long)Math.Truncate(number))
                    : field.Type.IsScaledFloat ? JavaNumber.Double(Math.Round(number * field.ScalingFactor) / field.ScalingFactor)
                    : field.TypeName is "double" ? JavaNumber.Double(number)
                    : JavaNumber.Float((float)number);
            case FieldFamily.Date when field.DateFormat.TryParseMillis(text, out var millis):
                return JsonValue.Create(field.DateFormat.Format(millis, TimeZoneInfo.Utc));
            case FieldFamily.Boolean:
                return JsonValue.Create(text is "true");
            case FieldFamily.Numeric or FieldFamily.Date:
                return null;
            default:
                return JsonValue.Create(text);
        }
    }
}
