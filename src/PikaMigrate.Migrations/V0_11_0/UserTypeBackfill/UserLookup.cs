namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

internal enum UserLookupKind
{
    /// <summary>The user exists; <see cref="UserLookup.UserType"/> is theirs (external-user when the item has none).</summary>
    Found,

    /// <summary>No chat-user item: the guide's default, external-user.</summary>
    Missing,

    /// <summary>The read failed after retries: the user's sessions are errors, never defaulted.</summary>
    Failed,
}

/// <summary>What chat-user says about one user.</summary>
internal readonly record struct UserLookup(UserLookupKind Kind, string? UserType, bool ItemHadNoUserType = false, string? Failure = null)
{
    public const string DefaultUserType = "external-user";

    public static UserLookup Missing { get; } = new(UserLookupKind.Missing, DefaultUserType);

    public static UserLookup Of(string? userType) =>
        userType is { Length: > 0 } ? new(UserLookupKind.Found, userType) : new(UserLookupKind.Found, DefaultUserType, ItemHadNoUserType: true);

    public static UserLookup Fail(string reason) => new(UserLookupKind.Failed, null, Failure: reason);
}
