namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>The three attributes the backfill scans of a chat session (a projection keeps pages small).</summary>
internal readonly record struct ScannedSession(string UserId, string SessionId, bool HasUserType, string? UserType);
