using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.OpenSearch.Documents;

/// <summary>
/// Walks a document's <c>_source</c> against the mapping: indexes each value by its field's type (multi-fields too),
/// and maps unknown fields as OpenSearch's dynamic mapping does (date detection, dynamic templates, strict/false).
/// </summary>
internal sealed partial class DocumentParser
{
    private static readonly HashSet<string> MetadataFields = new(StringComparer.Ordinal)
    {
        "_id", "_index", "_source", "_routing", "_seq_no", "_primary_term", "_version", "_field_names", "_ignored", "_data_stream_timestamp",
    };

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 256 };

    private readonly IndexMapping _mapping;
    private readonly string _id;
    private readonly Dictionary<string, Mapper> _added = new(StringComparer.Ordinal);
    private readonly List<Entry> _entries = [];
    private readonly List<string> _tokens = [];

    private DocumentParser(IndexMapping mapping, string id)
    {
        _mapping = mapping;
        _id = id;
    }

    /// <exception cref="OpenSearchException">The document does not fit the mapping (400).</exception>
    public static ParsedDocument Parse(IndexMapping mapping, string id, ReadOnlyMemory<byte> source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(source, Strict);
        }
        catch (JsonException e)
        {
            throw new OpenSearchException(400, DocumentErrors.MapperParsing("failed to parse",
                new ErrorCause("json_parse_exception", e.Message, isOpenSearch: false)));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new OpenSearchException(400, DocumentErrors.MapperParsing("failed to parse",
                    new ErrorCause("not_x_content_exception", "Compressor detection can only be called on some xcontent bytes or compressed xcontent bytes")));
            }

            var parser = new DocumentParser(mapping, id);
            parser.ParseObject(document.RootElement, mapping.Root.Root, "", mapping.Root.Dynamic);
            return new ParsedDocument(parser.Collect(), parser.DynamicUpdate(), mapping);
        }
    }

    private void ParseObject(JsonElement element, ObjectMapper? existing, string path, DynamicMode dynamic)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name.Length == 0)
            {
                throw Fail("failed to parse", new ErrorCause("illegal_argument_exception", "field name cannot be an empty string", isOpenSearch: false));
            }

            if (path.Length == 0 && MetadataFields.Contains(name))
            {
                throw Fail($"Field [{name}] is a metadata field and cannot be added inside a document. Use the index API request parameters.");
            }

            var parts = SplitAndValidatePath(name);
            if (parts.Length > 1)
            {
                ParseDotted(string.Join('.', parts), property.Value, existing, path, dynamic);
            }
            else
            {
                ParseValue(existing, path, parts[0], property.Value, dynamic);
            }
        }
    }

    /// <summary>
    /// A dotted field name's parts as DocumentParser.splitAndValidatePath takes them: Java's <c>split</c> (trailing
    /// empty parts dropped), and the IllegalArgumentExceptions for names made of dots or with empty parts.
    /// </summary>
    private static string[] SplitAndValidatePath(string name)
    {
        if (!name.Contains('.', StringComparison.Ordinal))
        {
            return [name];
        }

        var parts = name.Split('.');
        var length = parts.Length;
        while (length > 0 && parts[length - 1].Length == 0)
        {
            length--;
        }

        if (length == 0)
        {
            throw Fail("failed to parse", new ErrorCause("illegal_argument_exception", "field name cannot contain only dots", isOpenSearch: false));
        }

        parts = parts[..length];
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                throw Fail("failed to parse", new ErrorCause("illegal_argument_exception", part.Length > 0
                    ? $"object field cannot contain only whitespace: ['{name}']"
                    : $"object field starting or ending with a [.] makes object resolution ambiguous: [{name}]", isOpenSearch: false));
            }
        }

        return parts;
    }

    /// <summary><c>{"a.b": 1}</c> is <c>{"a": {"b": 1}}</c>.</summary>
    private void ParseDotted(string name, JsonElement value, ObjectMapper? parent, string parentPath, DynamicMode dynamic)
    {
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var path = Join(parentPath, parts[i]);
            var mapper = Lookup(parent, path, parts[i]);
            if (mapper is null)
            {
                if (dynamic == DynamicMode.Strict)
                {
                    throw new OpenSearchException(400, DocumentErrors.StrictDynamic(parts[i], parentPath.Length == 0 ? "_doc" : parentPath));
                }

                if (dynamic == DynamicMode.False)
                {
                    return;
                }

                mapper = new ObjectMapper(parts[i], path, ObjectMapper.NewProperties());
                _added[path] = mapper;
            }

            if (mapper is not ObjectMapper obj)
            {
                throw Fail($"Could not dynamically add mapping for field [{name}]. Existing mapping for [{path}] must be of type object but found [{mapper.TypeName}].");
            }

            if (obj.Enabled == false)
            {
                return;
            }

            dynamic = obj.Dynamic ?? dynamic;
            parent = obj;
            parentPath = path;
        }

        ParseValue(parent, parentPath, parts[^1], value, dynamic);
    }

    private void ParseValue(ObjectMapper? parent, string parentPath, string name, JsonElement value, DynamicMode dynamic)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                ParseValue(parent, parentPath, name, item, dynamic);
            }

            return;
        }

        var path = Join(parentPath, name);
        var mapper = Lookup(parent, path, name);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (mapper is FieldMapper { NullValue: { } nullValue } withNull)
            {
                IndexNode(withNull, nullValue);
            }

            return;
        }

        if (mapper is null)
        {
            switch (dynamic)
            {
                case DynamicMode.Strict:
                    throw new OpenSearchException(400, DocumentErrors.StrictDynamic(name, parentPath.Length == 0 ? "_doc" : parentPath));
                case DynamicMode.False:
                    return;
            }

            mapper = CreateDynamic(parentPath, name, value);
            _added[path] = mapper;
        }

        switch (mapper)
        {
            case ObjectMapper obj when obj.Nested:
                // Nested documents are searchable only through a nested query (not implemented); they stay in _source.
                if (value.ValueKind != JsonValueKind.Object)
                {
                    throw ConcreteValueForObject(path, name);
                }

                return;
            case ObjectMapper obj:
                if (obj.Enabled == false)
                {
                    return;
                }

                if (value.ValueKind != JsonValueKind.Object)
                {
                    throw ConcreteValueForObject(path, name);
                }

                ParseObject(value, obj, path, obj.Dynamic ?? dynamic);
                return;
            case FieldMapper field:
                if (value.ValueKind == JsonValueKind.Object)
                {
                    throw new OpenSearchException(400, DocumentErrors.FieldParse(path, field.TypeName, _id, Preview(value),
                        new ErrorCause("illegal_state_exception", "Can't get text on a START_OBJECT", isOpenSearch: false)));
                }

                Index(field, value);
                return;
        }
    }

    private Mapper? Lookup(ObjectMapper? parent, string path, string name)
    {
        if (_added.TryGetValue(path, out var added))
        {
            return added;
        }

        return parent is not null && parent.Properties.TryGetValue(name, out var mapper) ? mapper : null;
    }

    private void Index(FieldMapper field, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        Index(field, text, value.ValueKind);
    }

    private void IndexNode(FieldMapper field, JsonNode value)
    {
        var kind = value.GetValueKind();
        Index(field, JsonRead.ScalarText(value) ?? "", kind);
    }

    private void Index(FieldMapper field, string text, JsonValueKind kind)
    {
        if (field.Indexed || field.DocValues)
        {
            switch (field.Family)
            {
                case FieldFamily.Text:
                    var id = FieldId(field);
                    _tokens.Clear();
                    field.Analyzer.Analyze(text, _tokens);

                    // A text value counts as present (for exists) even when it has no tokens.
                    _entries.Add(new Entry(id, _entries.Count, null, 0, EntryKind.Present));
                    foreach (var token in _tokens)
                    {
                        _entries.Add(new Entry(id, _entries.Count, token, 0, EntryKind.Term));
                    }

                    break;
                case FieldFamily.Keyword:
                    if (text.Length <= field.IgnoreAbove)
                    {
                        _entries.Add(new Entry(FieldId(field), _entries.Count, text, 0, EntryKind.Term));
                    }

                    break;
                case FieldFamily.Numeric:
                    if (Number(field, text, kind) is { } number)
                    {
                        _entries.Add(new Entry(FieldId(field), _entries.Count, null, number, EntryKind.Number));
                    }

                    break;
                case FieldFamily.Date:
                    if (Date(field, text, kind) is { } millis)
                    {
                        _entries.Add(new Entry(FieldId(field), _entries.Count, null, millis, EntryKind.Date));
                    }

                    break;
                case FieldFamily.Boolean:
                    _entries.Add(new Entry(FieldId(field), _entries.Count, null, Boolean(field, text, kind) ? 1 : 0, EntryKind.Number));
                    break;
            }
        }

        foreach (var sub in field.MultiFields.Values)
        {
            Index(sub, text, kind);
        }
    }

    /// <summary>2^53: every whole number up to it is exact as a double.</summary>
    private const double MaxExactLong = 9007199254740992;

    /// <summary>Whether the whole number written as <paramref name="text"/> is exactly <paramref name="value"/> (2^56 is; 2^53 + 1 is not).</summary>
    private static bool HeldExactly(string text, double value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var written)
        && new System.Numerics.BigInteger(decimal.Truncate(written)) == new System.Numerics.BigInteger(value);

    private double? Number(FieldMapper field, string text, JsonValueKind kind)
    {
        var ok = kind is JsonValueKind.Number || (kind == JsonValueKind.String && field.Coerce);
        if (ok && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            if (field.Type.IsInteger)
            {
                if (!field.Coerce && value != Math.Truncate(value))
                {
                    return Malformed(field, text, new ErrorCause("illegal_argument_exception", $"Value [{text}] has a decimal part", isOpenSearch: false));
                }

                value = Math.Truncate(value);
            }

            if (value < field.Type.Min || value > field.Type.Max)
            {
                return Malformed(field, text, new ErrorCause("illegal_argument_exception", $"Value [{text}] is out of range for {Article(field.TypeName)}", isOpenSearch: false));
            }

            if (field.TypeName == "long" && Math.Abs(value) > MaxExactLong && !HeldExactly(text.Trim(), value))
            {
                // Numbers are held as doubles: such a long would be rounded in sorts, aggregations and queries.
                throw RequestErrors.Unsupported($"a [long] value a double cannot hold exactly ([{text}] in field [{field.Path}]; numbers are held as doubles)");
            }

            return field.Narrow(value);
        }

        var cause = kind == JsonValueKind.String && !field.Coerce
            ? new ErrorCause("illegal_argument_exception", "[coerce] is disabled", isOpenSearch: false)
            : new ErrorCause(kind is JsonValueKind.True or JsonValueKind.False ? "illegal_state_exception" : "number_format_exception",
                kind is JsonValueKind.True or JsonValueKind.False ? $"Can't get text on a VALUE_{text.ToUpperInvariant()}" : $"For input string: \"{text}\"", isOpenSearch: false);
        return Malformed(field, text, cause);
    }

    private double? Date(FieldMapper field, string text, JsonValueKind kind)
    {
        try
        {
            return field.DateFormat.ParseMillis(text, roundUp: false, TimeZoneInfo.Utc);
        }
        catch (DateParseException)
        {
            var cause = new ErrorCause("illegal_argument_exception", $"failed to parse date field [{text}] with format [{field.DateFormat.Pattern}]", isOpenSearch: false)
            {
                CausedBy = new ErrorCause("date_time_parse_exception", "Failed to parse with all enclosed parsers", isOpenSearch: false),
            };
            return Malformed(field, text, cause);
        }
    }

    private bool Boolean(FieldMapper field, string text, JsonValueKind kind) => (kind, text) switch
    {
        (JsonValueKind.True, _) or (JsonValueKind.String, "true") => true,
        (JsonValueKind.False, _) or (JsonValueKind.String, "false" or "") => false,
        _ => throw new OpenSearchException(400, DocumentErrors.FieldParse(field.Path, field.TypeName, _id, text,
            new ErrorCause("illegal_argument_exception", $"Failed to parse value [{text}] as only [true] or [false] are allowed.", isOpenSearch: false))),
    };

    private double? Malformed(FieldMapper field, string text, ErrorCause cause) =>
        field.IgnoreMalformed ? null : throw new OpenSearchException(400, DocumentErrors.FieldParse(field.Path, field.TypeName, _id, text, cause));

    private int FieldId(FieldMapper field) => _mapping.Ids.IdOf(field.Path);

    /// <summary>Groups the collected values per field (terms in value order, numbers ascending) into the document's sorted field array.</summary>
    private IndexedFields Collect()
    {
        if (_entries.Count == 0)
        {
            return IndexedFields.None;
        }

        _entries.Sort(static (a, b) => a.FieldId != b.FieldId ? a.FieldId.CompareTo(b.FieldId) : a.Order.CompareTo(b.Order));
        var fields = new List<IndexedField>();
        var start = 0;
        while (start < _entries.Count)
        {
            var id = _entries[start].FieldId;
            int end = start, terms = 0, numbers = 0;
            var pooled = true;
            for (; end < _entries.Count && _entries[end].FieldId == id; end++)
            {
                terms += _entries[end].Kind == EntryKind.Term ? 1 : 0;
                numbers += _entries[end].Kind is EntryKind.Number or EntryKind.Date ? 1 : 0;
                pooled &= _entries[end].Kind != EntryKind.Date;
            }

            fields.Add(numbers > 0 ? new IndexedField(id, null, Numbers(start, end, numbers, pooled)) : new IndexedField(id, Terms(start, end, terms), null));
            start = end;
        }

        return new IndexedFields([.. fields]);
    }

    private string[] Terms(int start, int end, int count)
    {
        var pool = _mapping.Pool;
        if (count == 0)
        {
            return [];
        }

        if (count == 1)
        {
            for (var i = start; i < end; i++)
            {
                if (_entries[i].Kind == EntryKind.Term)
                {
                    return pool.Single(_entries[i].Term!);
                }
            }
        }

        var terms = new string[count];
        var t = 0;
        for (var i = start; i < end; i++)
        {
            if (_entries[i].Kind == EntryKind.Term)
            {
                terms[t++] = pool.Term(_entries[i].Term!);
            }
        }

        return terms;
    }

    private double[] Numbers(int start, int end, int count, bool pooled)
    {
        if (count == 1 && pooled)
        {
            return _mapping.Pool.Single(_entries[start].Number);
        }

        var numbers = new double[count];
        for (int i = start, n = 0; i < end; i++)
        {
            numbers[n++] = _entries[i].Number;
        }

        // Ascending, as Lucene's sorted numeric doc values hand them out: sums and averages then add in its order.
        Array.Sort(numbers);
        return numbers;
    }

    private OpenSearchException ConcreteValueForObject(string path, string name) =>
        Fail($"object mapping for [{path}] tried to parse field [{name}] as object, but found a concrete value");

    private static OpenSearchException Fail(string reason, ErrorCause? cause = null) => new(400, DocumentErrors.MapperParsing(reason, cause));

    private static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    private static string Article(string type) => type is "integer" ? "an integer" : "a " + type;

    private static string Preview(JsonElement value) => JavaText.Of(JsonNode.Parse(value.GetRawText()));

    private enum EntryKind : byte
    {
        Term,
        Number,

        /// <summary>Epoch millis: nearly always unique, so not pooled.</summary>
        Date,
        Present,
    }

    /// <summary>One indexed value; <see cref="Order"/> keeps a field's values in document order after sorting by field.</summary>
    private readonly record struct Entry(int FieldId, int Order, string? Term, double Number, EntryKind Kind);
}
