namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>The user_type one session is to get.</summary>
internal readonly record struct SessionWrite(string UserId, string SessionId, string UserType);
