namespace PikaMigrate.Sandbox.OpenSearch.Documents;

/// <summary>A document's indexed fields, sorted by field id for a binary-search lookup.</summary>
internal sealed class IndexedFields(IndexedField[] fields)
{
    public static readonly IndexedFields None = new([]);

    public IReadOnlyList<IndexedField> All => fields;

    public bool TryGet(int fieldId, out IndexedField field)
    {
        int low = 0, high = fields.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var id = fields[mid].FieldId;
            if (id == fieldId)
            {
                field = fields[mid];
                return true;
            }

            if (id < fieldId)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        field = default;
        return false;
    }

    public bool Has(int fieldId) => TryGet(fieldId, out _);

    public string[]? Terms(int fieldId) => TryGet(fieldId, out var f) ? f.Terms : null;

    public double[]? Numbers(int fieldId) => TryGet(fieldId, out var f) ? f.Numbers : null;
}
