using PikaMigrate.Sandbox.OpenSearch.Columns;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>
/// A field's doc values in one index, as aggregations read them: terms (keyword, or text with fielddata), numbers
/// (numeric, date millis, boolean 1/0), or unmapped. Text without fielddata fails with OpenSearch's exact message.
/// </summary>
internal sealed class ValuesSource
{
    private ValuesSource(MappedField? field) => Field = field;

    public MappedField? Field { get; }

    public bool IsUnmapped => Field is null;

    public bool IsNumeric => Field is { Family: FieldFamily.Numeric or FieldFamily.Date or FieldFamily.Boolean };

    /// <param name="numericOnly">Metrics such as sum: keyword fields are rejected.</param>
    public static ValuesSource Resolve(QueryContext context, string path, string aggregationType, bool numericOnly)
    {
        var field = context.Field(path);
        if (field is null)
        {
            return new ValuesSource(null);
        }

        if (field.Family == FieldFamily.Text && !field.Mapper.Fielddata)
        {
            throw new ShardFailureException(SearchErrors.Fielddata(path));
        }

        if (field.Family != FieldFamily.Text && !field.Mapper.DocValues)
        {
            throw new ShardFailureException(SearchErrors.ShardArgument($"Can't load fielddata on [{path}] because fielddata is unsupported on fields of type [{field.Mapper.TypeName}]. Use doc values instead."));
        }

        if (numericOnly && field.Family is FieldFamily.Text or FieldFamily.Keyword)
        {
            throw new ShardFailureException(SearchErrors.ShardArgument($"Field [{path}] of type [{field.Mapper.TypeName}] is not supported for aggregation [{aggregationType}]"));
        }

        return new ValuesSource(field);
    }

    /// <summary>The field's values across a view of this index (none when unmapped).</summary>
    public FieldColumn Column(SearchView view) => Field is null ? FieldColumn.None : view.Column(Field.Id);
}
