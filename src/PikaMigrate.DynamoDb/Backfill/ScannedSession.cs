namespace PikaMigrate.DynamoDb.Backfill;

/// <summary>The three attributes the backfill scans of a chat session (a projection keeps pages small).</summary>
internal readonly record struct ScannedSession(string UserId, string SessionId, bool HasUserType, string? UserType);
