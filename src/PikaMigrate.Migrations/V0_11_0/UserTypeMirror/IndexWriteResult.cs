namespace PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

/// <summary>What a batch of partial document updates did in the search index.</summary>
/// <param name="Updated">Documents changed.</param>
/// <param name="Unchanged">Documents that already held the values (noop).</param>
/// <param name="MissingDocuments">Sessions with no document in the index (never created: no upsert).</param>
/// <param name="Failures">Per-document failures, as "&lt;id&gt;: &lt;type&gt;: &lt;reason&gt;".</param>
public sealed record IndexWriteResult(int Updated, int Unchanged, int MissingDocuments, IReadOnlyList<string> Failures)
{
    public static readonly IndexWriteResult Empty = new(0, 0, 0, []);

    public IndexWriteResult Add(IndexWriteResult other) => new(
        Updated + other.Updated,
        Unchanged + other.Unchanged,
        MissingDocuments + other.MissingDocuments,
        [.. Failures, .. other.Failures]);
}
