namespace PikaMigrate.Core.Configuration;

/// <summary>What the operator set on the command line, which wins over the env file.</summary>
public sealed record PikaSettingsOverrides
{
    public string? SessionTable { get; init; }

    public string? UserTable { get; init; }

    public string? SessionIndex { get; init; }

    /// <summary><c>es</c> or <c>aoss</c>.</summary>
    public string? OpenSearchService { get; init; }

    /// <summary>--profile: wins over AWS_PROFILE and, as in aws-cli, over access keys in the environment or the env file.</summary>
    public string? Profile { get; init; }

    /// <summary>--region: wins over AWS_REGION, AWS_DEFAULT_REGION and the profile's region.</summary>
    public string? Region { get; init; }
}
