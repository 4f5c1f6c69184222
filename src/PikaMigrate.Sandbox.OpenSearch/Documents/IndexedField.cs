namespace PikaMigrate.Sandbox.OpenSearch.Documents;

/// <summary>
/// One field's indexed values in one document: terms for text (analyzed tokens) and keyword fields, numbers for
/// numeric, date (epoch millis) and boolean (1/0) fields. Both serve queries and, as doc values, aggregations and sorts.
/// </summary>
internal readonly record struct IndexedField(int FieldId, string[]? Terms, double[]? Numbers)
{
    public int Count => Terms?.Length ?? Numbers?.Length ?? 0;
}
