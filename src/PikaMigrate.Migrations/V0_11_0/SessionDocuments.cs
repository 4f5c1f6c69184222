namespace PikaMigrate.Migrations.V0_11_0;

/// <summary>The session index as 0.11 reads it: documents keyed by session id, which they also hold as a keyword.</summary>
internal static class SessionDocuments
{
    /// <summary>One value per document: what the migration's full reads page on.</summary>
    public const string IdField = "session_id";
}
