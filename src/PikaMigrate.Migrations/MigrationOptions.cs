namespace PikaMigrate.Migrations;

/// <summary>What every migration takes beside the stores.</summary>
public sealed record MigrationOptions
{
    /// <summary>Where a migration writes the files it hands the operator (e.g. the users missing from chat-user).</summary>
    public string OutputDirectory { get; init; } = ".";

    /// <summary>The most items per second a step writes to a DynamoDB table; null for each step's default.</summary>
    public double? MaxWriteRate { get; init; }
}
