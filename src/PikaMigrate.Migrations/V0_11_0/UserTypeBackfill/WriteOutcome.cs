namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

internal enum WriteOutcomeKind
{
    Updated,

    /// <summary>The application wrote user_type between the scan and the write; its value is kept.</summary>
    TypedMeanwhile,

    /// <summary>The session was deleted between the scan and the write; it is not re-created.</summary>
    DeletedMeanwhile,

    Failed,
}

/// <summary>What the conditional write did to one session.</summary>
/// <param name="Write">The write attempted.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Failure">Why it failed, for <see cref="WriteOutcomeKind.Failed"/>.</param>
/// <param name="FoundUserType">The user_type found on the session, for <see cref="WriteOutcomeKind.TypedMeanwhile"/>.</param>
internal readonly record struct WriteOutcome(SessionWrite Write, WriteOutcomeKind Kind, string? Failure = null, string? FoundUserType = null)
{
    /// <summary>The session's user_type in DynamoDB after the write, when known.</summary>
    public string? FinalUserType => Kind switch
    {
        WriteOutcomeKind.Updated => Write.UserType,
        WriteOutcomeKind.TypedMeanwhile => FoundUserType,
        _ => null,
    };
}
