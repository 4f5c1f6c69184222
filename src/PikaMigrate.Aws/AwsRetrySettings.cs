using System.Globalization;
using Amazon.Runtime;
using PikaMigrate.Core;

namespace PikaMigrate.Aws;

/// <summary>
/// The operator's retry settings, as aws-cli reads them: AWS_RETRY_MODE and AWS_MAX_ATTEMPTS, else the profile's
/// retry_mode and max_attempts; null where none is set, so the client keeps the tool's own default.
/// </summary>
/// <param name="MaxAttempts">Attempts per request, the first included (aws-cli's meaning), so retries are one fewer.</param>
public sealed record AwsRetrySettings(RequestRetryMode? Mode, int? MaxAttempts)
{
    public const string ModeVariable = "AWS_RETRY_MODE";
    public const string MaxAttemptsVariable = "AWS_MAX_ATTEMPTS";

    /// <summary>
    /// standard or adaptive; legacy, valid for aws-cli, is taken as standard, the AWS SDK for .NET having no legacy
    /// mode since v4. Anything else is refused, naming <paramref name="source"/>.
    /// </summary>
    public static RequestRetryMode ParseMode(string value, string source) =>
        value.Trim().ToLowerInvariant() switch
        {
            "standard" or "legacy" => RequestRetryMode.Standard,
            "adaptive" => RequestRetryMode.Adaptive,
            _ => throw new PreflightException(
                $"The retry mode ({source}) is not one of legacy, standard, adaptive.",
                "Set it to standard (the tool's default), adaptive or legacy, or remove it."),
        };

    /// <summary>A positive whole number; anything else is refused, naming <paramref name="source"/>.</summary>
    public static int ParseMaxAttempts(string value, string source) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) && attempts > 0
            ? attempts
            : throw new PreflightException(
                $"The maximum number of attempts ({source}) is not a positive whole number.",
                "Set it to the attempts allowed per request, the first included (e.g. 3), or remove it.");
}
