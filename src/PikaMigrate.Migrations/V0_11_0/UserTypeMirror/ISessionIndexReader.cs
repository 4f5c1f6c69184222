namespace PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

/// <summary>Reads the user type fields of session documents, to check DynamoDB and the index agree.</summary>
public interface ISessionIndexReader
{
    /// <summary>The documents found, by session id; a session without a document is absent.</summary>
    Task<IReadOnlyDictionary<string, IndexedUserType>> ReadUserTypesAsync(IReadOnlyList<string> sessionIds, CancellationToken cancellationToken);
}
