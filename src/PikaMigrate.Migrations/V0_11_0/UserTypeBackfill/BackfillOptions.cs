using PikaMigrate.DynamoDb.Retries;
using PikaMigrate.DynamoDb.Throughput;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>What one user_type backfill works on and how hard it pushes.</summary>
public sealed record BackfillOptions
{
    /// <summary>The chat-session table (keys user_id, session_id).</summary>
    public required string SessionTable { get; init; }

    /// <summary>The chat-user table (key user_id).</summary>
    public required string UserTable { get; init; }

    /// <summary>The stage, for the guide's "Environment:" header (omitted when null).</summary>
    public string? Stage { get; init; }

    /// <summary>The project (PIKA_SERVICE_PROJ_NAME_KEBAB_CASE), for the same header.</summary>
    public string? Project { get; init; }

    /// <summary>
    /// Parallel scan segments; null derives them from the cores. A resumed run keeps the segments of the run it
    /// resumes (its checkpoints are per segment).
    /// </summary>
    public int? Segments { get; init; }

    /// <summary>Where the ids of users absent from chat-user are written (one per line, sorted).</summary>
    public required string MissingUsersFile { get; init; }

    /// <summary>Conditional write calls (25 statements each) in flight across all segments.</summary>
    public int MaxWritesInFlight { get; init; } = 32;

    /// <summary>Items per scan page; null lets DynamoDB fill 1 MB pages (fewest requests). Tests page finer.</summary>
    public int? ScanPageSize { get; init; }

    /// <summary>
    /// The most sessions written per second; null takes <see cref="WriteRateCeiling.DefaultShare"/> of a provisioned
    /// table's write capacity, or no ceiling on an on-demand table.
    /// </summary>
    public double? MaxWriteRate { get; init; }

    /// <summary>How the write rate reacts to throttling.</summary>
    public AdaptiveRateOptions AdaptiveRate { get; init; } = new();

    /// <summary>Backoff for unprocessed user look-ups (UnprocessedKeys), per-statement errors other than throttling, and transient call failures.</summary>
    public DynamoDbRetryOptions Retry { get; init; } = new();

    /// <summary>Where the missing users go unless the operator names a file: beside where the tool runs.</summary>
    public static string DefaultMissingUsersFile(string sessionTable) => $"missing-users-{sessionTable}.txt";

    /// <summary>Segments when none are given: scanning is I/O-bound, so a few per core keep pages coming while writes run.</summary>
    public static int DefaultSegments => Math.Clamp(Environment.ProcessorCount * 2, 4, 16);
}
