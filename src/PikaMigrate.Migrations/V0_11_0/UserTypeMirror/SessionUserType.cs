namespace PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

/// <summary>The user_type one chat session was given.</summary>
public readonly record struct SessionUserType(string SessionId, string UserType);
