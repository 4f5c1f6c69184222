namespace PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

/// <summary>
/// Mirrors the user_type the DynamoDB backfill writes into each session's search document (partial update,
/// never an upsert), so the result does not depend on the stream and the Lambda's deploy order.
/// </summary>
public interface ISessionUserTypeIndexWriter
{
    /// <summary>
    /// True when <c>user_type_keyword</c> is already mapped as keyword and is written too; false means only
    /// <c>user_type</c> is written (writing the twin earlier would map it dynamically as text for good).
    /// </summary>
    bool WritesKeywordTwin { get; }

    Task<IndexWriteResult> WriteAsync(IReadOnlyList<SessionUserType> sessions, CancellationToken cancellationToken);
}
