namespace PikaMigrate.DynamoDb.Backfill;

/// <summary>The user_type one session is to get.</summary>
internal readonly record struct SessionWrite(string UserId, string SessionId, string UserType);
