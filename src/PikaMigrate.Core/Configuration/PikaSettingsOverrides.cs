namespace PikaMigrate.Core.Configuration;

/// <summary>What the operator set on the command line, which wins over the env file.</summary>
public sealed record PikaSettingsOverrides
{
    public string? SessionTable { get; init; }

    public string? UserTable { get; init; }

    public string? SessionIndex { get; init; }

    /// <summary><c>es</c> or <c>aoss</c>.</summary>
    public string? OpenSearchService { get; init; }
}
