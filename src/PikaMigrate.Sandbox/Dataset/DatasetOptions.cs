namespace PikaMigrate.Sandbox.Dataset;

/// <summary>The shape of the seeded 0.10.x-era data; the defaults reproduce the guide's example run.</summary>
public sealed record DatasetOptions
{
    public int Sessions { get; init; } = 15_234;

    public int Users { get; init; } = 342;

    /// <summary>Sessions that already carry user_type (the guide's "Skipped: 734").</summary>
    public int PreTyped { get; init; } = 734;

    /// <summary>Every n-th user is absent from chat-user (their sessions default to external-user).</summary>
    public int MissingUserEvery { get; init; } = 10;

    /// <summary>Every n-th session has no source, as sessions from before Pika wrote one (0: none; Pika writes it since long before 0.10).</summary>
    public int UnsourcedEvery { get; init; }

    /// <summary>Sessions are spread over this many days up to <see cref="EndDate"/>.</summary>
    public int Days { get; init; } = 90;

    public DateTimeOffset EndDate { get; init; } = DateTimeOffset.UtcNow;
}
