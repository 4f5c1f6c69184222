using System.Text.RegularExpressions;

namespace PikaMigrate.Core.Configuration;

/// <summary>
/// Builds <see cref="PikaSettings"/> from the variables the guide names (already merged from the env file and
/// the process environment) and refuses, naming the variable and the fix, when one is missing or malformed.
/// </summary>
public static partial class PikaSettingsReader
{
    public const string StageVariable = "stage";
    public const string ProjectVariable = "PIKA_SERVICE_PROJ_NAME_KEBAB_CASE";
    public const string RegionVariable = "AWS_REGION";
    public const string DomainEndpointVariable = "PIKA_DOMAIN_ENDPOINT";

    /// <summary>The AWS SDK's standard variables the env file may carry.</summary>
    public static readonly IReadOnlyList<string> AwsVariableNames =
    [
        "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_CONFIG_FILE",
        "AWS_SHARED_CREDENTIALS_FILE", "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS",
    ];

    /// <summary>The credentials an explicit --profile replaces (aws-cli drops environment credentials when given one).</summary>
    private static readonly string[] KeyVariableNames = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];

    public static PikaSettings Read(
        Func<string, string?> variables, PikaSettingsOverrides overrides, string envFileDescription)
    {
        var stage = Trimmed(variables(StageVariable));
        var project = Trimmed(variables(ProjectVariable));
        var missing = new List<string>();
        if (stage is null)
        {
            missing.Add(StageVariable);
        }

        if (project is null)
        {
            missing.Add(ProjectVariable);
        }

        if (missing.Count > 0)
        {
            throw new PreflightException(
                $"Missing required environment variables: {string.Join(", ", missing)} (looked in {envFileDescription}).",
                $"Add {string.Join(" and ", missing.Select(m => m + "=..."))} to the env file, or pass --env-file with the file that has them.");
        }

        // Values read from configuration are never echoed: the message names the variable and where it was looked for.
        if (!KebabCase().IsMatch(project!))
        {
            throw new PreflightException(
                $"{ProjectVariable} (in {envFileDescription}) is not kebab-case.",
                $"Set {ProjectVariable} to the project name Pika was deployed with, e.g. 'my-project' (lowercase letters, digits and dashes).");
        }

        if (!StageName().IsMatch(stage!))
        {
            throw new PreflightException(
                $"{StageVariable} (in {envFileDescription}) is not a stage name.",
                "Set stage to the deployment stage, e.g. 'dev' or 'prod' (letters, digits and dashes).");
        }

        RequireRegion(Trimmed(variables(RegionVariable)), $"{RegionVariable} (in {envFileDescription})");
        RequireRegion(Trimmed(variables("AWS_DEFAULT_REGION")), $"AWS_DEFAULT_REGION (in {envFileDescription})");
        RequireRegion(Trimmed(overrides.Region), "--region");
        RequireTableName(overrides.SessionTable, "--session-table");
        RequireTableName(overrides.UserTable, "--user-table");
        RequireIndexName(overrides.SessionIndex, "--index");

        var service = overrides.OpenSearchService ?? "es";
        if (service is not ("es" or "aoss"))
        {
            throw new PreflightException(
                $"The OpenSearch signing service '{service}' is not known.",
                "Use 'es' for an Amazon OpenSearch Service domain or 'aoss' for OpenSearch Serverless.");
        }

        var aws = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in AwsVariableNames)
        {
            if (Trimmed(variables(name)) is { } value)
            {
                aws[name] = value;
            }
        }

        if (Trimmed(overrides.Profile) is { } profile)
        {
            aws["AWS_PROFILE"] = profile;
            foreach (var name in KeyVariableNames)
            {
                aws.Remove(name);
            }
        }

        var regionOption = Trimmed(overrides.Region);
        if (regionOption is not null)
        {
            aws[RegionVariable] = regionOption;
        }

        return new PikaSettings
        {
            AwsVariables = aws,
            Stage = stage!,
            Project = project!,
            Region = regionOption ?? Trimmed(variables(RegionVariable)) ?? Trimmed(variables("AWS_DEFAULT_REGION")),
            DomainEndpoint = Trimmed(variables(DomainEndpointVariable)),
            OpenSearchService = service,
            SessionIndex = overrides.SessionIndex ?? "session",
            SessionTableOverride = Trimmed(overrides.SessionTable),
            UserTableOverride = Trimmed(overrides.UserTable),
        };
    }

    /// <summary>Refuses a DynamoDB table name DynamoDB would refuse: 3 to 255 letters, digits, '_', '-' and '.'.</summary>
    /// <exception cref="PreflightException">The name is not one.</exception>
    public static void RequireTableName(string? name, string source)
    {
        if (name is not null && !TableName().IsMatch(name))
        {
            throw new PreflightException(
                $"{source} is not a DynamoDB table name.",
                $"Give {source} the table's name: 3 to 255 letters, digits, '_', '-' or '.'.");
        }
    }

    private static void RequireIndexName(string? name, string source)
    {
        if (name is not null && (name.Length == 0 || name is "." or ".." || name[0] is '_' or '-' or '+' || name.Any(char.IsUpper)
            || name.IndexOfAny(['\\', '/', '*', '?', '"', '<', '>', '|', ' ', ',', '#', ':']) >= 0 || System.Text.Encoding.UTF8.GetByteCount(name) > 255))
        {
            throw new PreflightException(
                $"{source} is not an OpenSearch index name.",
                $"Give {source} the index's name: lowercase, without spaces or any of \\ / * ? \" < > | , # :, not starting with _, - or +.");
        }
    }

    private static void RequireRegion(string? region, string source)
    {
        if (region is not null && !RegionName().IsMatch(region))
        {
            throw new PreflightException(
                $"{source} is not an AWS region name.",
                "Set it to the region of your Pika stack, e.g. us-east-1 or eu-west-2.");
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$")]
    private static partial Regex RegionName();

    [GeneratedRegex("^[A-Za-z0-9_.-]{3,255}$")]
    private static partial Regex TableName();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex StageName();
}
