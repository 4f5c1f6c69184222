namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>
/// One version of an index's mapping with every leaf and multi-field flattened by path. Immutable: documents keep
/// a reference to the version they were indexed with (new multi-fields do not apply to older documents, as in Lucene).
/// </summary>
internal sealed class IndexMapping
{
    private readonly Dictionary<string, MappedField> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectMapper> _objects = new(StringComparer.Ordinal);

    public IndexMapping(RootMapping root, FieldIdRegistry ids)
    {
        Root = root;
        Ids = ids;
        Add(root.Root);
    }

    public RootMapping Root { get; }

    public FieldIdRegistry Ids { get; }

    /// <summary>Objects, fields and multi-fields, as counted against <c>index.mapping.total_fields.limit</c>.</summary>
    public int TotalFields { get; private set; }

    public IEnumerable<MappedField> Fields => _fields.Values;

    public MappedField? Field(string path) => _fields.GetValueOrDefault(path);

    public ObjectMapper? Object(string path) => _objects.GetValueOrDefault(path);

    /// <summary>Leaf fields under an object path (for <c>exists</c> on an object).</summary>
    public IEnumerable<MappedField> FieldsUnder(string objectPath) =>
        _fields.Values.Where(f => f.Path.StartsWith(objectPath + ".", StringComparison.Ordinal));

    public IndexMapping With(RootMapping root) => new(root, Ids);

    private void Add(ObjectMapper obj)
    {
        _objects[obj.Path] = obj;
        foreach (var mapper in obj.Properties.Values)
        {
            TotalFields++;
            switch (mapper)
            {
                case ObjectMapper child:
                    Add(child);
                    break;
                case FieldMapper field:
                    AddField(field);
                    break;
            }
        }
    }

    private void AddField(FieldMapper field)
    {
        _fields[field.Path] = new MappedField(field.Path, field, Ids.IdOf(field.Path));
        foreach (var sub in field.MultiFields.Values)
        {
            TotalFields++;
            AddField(sub);
        }
    }
}
