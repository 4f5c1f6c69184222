namespace PikaMigrate.Core.Configuration;

/// <summary>The guide's variables, validated, plus the operator's overrides.</summary>
public sealed record PikaSettings
{
    public required string Stage { get; init; }

    /// <summary>PIKA_SERVICE_PROJ_NAME_KEBAB_CASE.</summary>
    public required string Project { get; init; }

    /// <summary>--region, else AWS_REGION (or AWS_DEFAULT_REGION); null leaves it to the AWS profile.</summary>
    public string? Region { get; init; }

    /// <summary>PIKA_DOMAIN_ENDPOINT as given (with or without scheme); null when OpenSearch is not configured.</summary>
    public string? DomainEndpoint { get; init; }

    /// <summary>SigV4 service name for OpenSearch: <c>es</c> for managed domains, <c>aoss</c> for Serverless.</summary>
    public string OpenSearchService { get; init; } = "es";

    public string SessionIndex { get; init; } = "session";

    public string? SessionTableOverride { get; init; }

    public string? UserTableOverride { get; init; }

    /// <summary>
    /// The AWS_* variables from the env file and the environment (the environment wins), with --profile and --region
    /// applied over both, handed to the AWS credential, region and endpoint resolution explicitly rather than through
    /// process-wide state.
    /// </summary>
    public IReadOnlyDictionary<string, string> AwsVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>The stack name every Pika resource is named after: <c>&lt;project&gt;-&lt;stage&gt;</c>.</summary>
    public string StackName => $"{Project}-{Stage}";
}
