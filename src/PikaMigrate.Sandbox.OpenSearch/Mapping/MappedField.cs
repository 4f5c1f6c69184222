namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>A searchable field path (multi-fields included, e.g. <c>user_type.keyword</c>) and its id in the index.</summary>
internal sealed record MappedField(string Path, FieldMapper Mapper, int Id)
{
    public FieldFamily Family => Mapper.Family;
}
