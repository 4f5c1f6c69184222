namespace PikaMigrate.Sandbox.DynamoDbLocal;

public sealed record DynamoDbLocalOptions
{
    /// <summary>0 picks a free loopback port.</summary>
    public int Port { get; init; }

    /// <summary>Where DynamoDB Local keeps its database file; null keeps everything in memory.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Keep the server running after this process exits (the sandbox's <c>up</c>).</summary>
    public bool Detached { get; init; }

    /// <summary>Where the server's output goes when detached; null discards it.</summary>
    public string? LogFile { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// One database for every client (<c>-sharedDb</c>, the default). False keeps one per access key id and region,
    /// as DynamoDB Local does without the flag, so a test can tell which credentials and region a client used.
    /// </summary>
    public bool SharedDb { get; init; } = true;
}
