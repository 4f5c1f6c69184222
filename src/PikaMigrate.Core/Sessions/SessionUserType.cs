namespace PikaMigrate.Core.Sessions;

/// <summary>The user_type one chat session was given.</summary>
public readonly record struct SessionUserType(string SessionId, string UserType);
