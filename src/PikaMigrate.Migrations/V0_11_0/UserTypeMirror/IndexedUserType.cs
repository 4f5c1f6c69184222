namespace PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

/// <summary>The user type fields of one session's search document.</summary>
public readonly record struct IndexedUserType(string? UserType, string? UserTypeKeyword);
