using System.Text.RegularExpressions;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Internal.Util;
using PikaMigrate.Core;

namespace PikaMigrate.Aws;

/// <summary>
/// The shared config and credentials files as aws-cli reads them: each at its own path (AWS_CONFIG_FILE and
/// AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and ~/.aws/credentials), a profile's settings merged from both
/// with the credentials file winning. The SDK's SharedCredentialsFile takes the config file's path only from the
/// process environment, read once per process, so a path named in the env file would be ignored; the files are read
/// here with the SDK's own INI parser and each profile handed to the SDK's credentials factory.
/// </summary>
public sealed partial class AwsSharedConfigFiles : ICredentialProfileSource
{
    public const string ConfigFileVariable = "AWS_CONFIG_FILE";
    public const string CredentialsFileVariable = "AWS_SHARED_CREDENTIALS_FILE";
    private const string DefaultProfile = "default";

    public AwsSharedConfigFiles(string configFile, string credentialsFile)
    {
        ConfigFile = configFile;
        CredentialsFile = credentialsFile;
    }

    public string ConfigFile { get; }

    public string CredentialsFile { get; }

    /// <summary>The files the variables name, else the default ones under the home folder.</summary>
    public static AwsSharedConfigFiles From(Func<string, string?> variables)
    {
        var home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new AwsSharedConfigFiles(
            variables(ConfigFileVariable) ?? Path.Combine(home, ".aws", "config"),
            variables(CredentialsFileVariable) ?? Path.Combine(home, ".aws", "credentials"));
    }

    /// <summary>
    /// The profile as both files hold it: credentials options, region, retry mode and maximum attempts. False when
    /// neither file has it; a malformed retry setting is refused, naming the profile and the files.
    /// </summary>
    public bool TryGetProfile(string profileName, out CredentialProfile profile)
    {
        var config = Read(ConfigFile, profileMarkerRequired: profileName != DefaultProfile);
        var credentials = Read(CredentialsFile, profileMarkerRequired: false);
        var inConfig = config.TryGetSection(profileName, false, false, out var configProperties, out _);
        var inCredentials = credentials.TryGetSection(profileName, false, false, out var credentialProperties, out _);
        if (!inConfig && !inCredentials)
        {
            profile = null!;
            return false;
        }

        var properties = new Dictionary<string, string>(inConfig ? configProperties : [], StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in inCredentials ? credentialProperties : [])
        {
            properties[key] = value;
        }

        var options = Options(properties);
        if (options.SsoSession is { } session)
        {
            // An sso_session names an [sso-session NAME] section of the config file, which holds the start URL and region.
            if (!config.TryGetSection(session, true, false, out var sessionProperties, out _))
            {
                throw new PreflightException(
                    $"The AWS profile '{profileName}' names sso_session '{session}', which {ConfigFile} does not define.",
                    $"Add an [sso-session {session}] section (`aws configure sso-session`), or fix sso_session in the profile.");
            }

            var sessionOptions = Options(new Dictionary<string, string>(sessionProperties, StringComparer.OrdinalIgnoreCase));
            options.SsoRegion = sessionOptions.SsoRegion;
            options.SsoStartUrl = sessionOptions.SsoStartUrl;
            options.SsoRegistrationScopes = sessionOptions.SsoRegistrationScopes;
        }

        profile = new CredentialProfile(profileName, options)
        {
            Region = properties.TryGetValue("region", out var region) ? Region(region, profileName) : null,
            RetryMode = properties.TryGetValue("retry_mode", out var mode) ? AwsRetrySettings.ParseMode(mode, $"retry_mode of the AWS profile '{profileName}' ({Where})") : null,
            MaxAttempts = properties.TryGetValue("max_attempts", out var attempts) ? AwsRetrySettings.ParseMaxAttempts(attempts, $"max_attempts of the AWS profile '{profileName}' ({Where})") : null,
        };
        return true;
    }

    /// <summary>A profile's region, refused (naming the profile and the files) when it is not a region name.</summary>
    private RegionEndpoint Region(string name, string profileName) =>
        RegionName().IsMatch(name.Trim())
            ? RegionEndpoint.GetBySystemName(name.Trim())
            : throw new PreflightException(
                $"The region of the AWS profile '{profileName}' ({Where}) is not an AWS region name.",
                $"Fix it (`aws configure set region us-east-1 --profile {profileName}`), or pass --region.");

    /// <summary>Both paths, for messages.</summary>
    public string Where => $"{ConfigFile} and {CredentialsFile}";

    // The property names the AWS CLI and SDKs share for a profile's credentials.
    private static CredentialProfileOptions Options(Dictionary<string, string> properties) => new()
    {
        AccessKey = properties.GetValueOrDefault("aws_access_key_id"),
        SecretKey = properties.GetValueOrDefault("aws_secret_access_key"),
        Token = properties.GetValueOrDefault("aws_session_token"),
        RoleArn = properties.GetValueOrDefault("role_arn"),
        RoleSessionName = properties.GetValueOrDefault("role_session_name"),
        SourceProfile = properties.GetValueOrDefault("source_profile"),
        CredentialSource = properties.GetValueOrDefault("credential_source"),
        ExternalID = properties.GetValueOrDefault("external_id"),
        MfaSerial = properties.GetValueOrDefault("mfa_serial"),
        CredentialProcess = properties.GetValueOrDefault("credential_process"),
        WebIdentityTokenFile = properties.GetValueOrDefault("web_identity_token_file"),
        SsoAccountId = properties.GetValueOrDefault("sso_account_id"),
        SsoRegion = properties.GetValueOrDefault("sso_region"),
        SsoRegistrationScopes = properties.GetValueOrDefault("sso_registration_scopes"),
        SsoRoleName = properties.GetValueOrDefault("sso_role_name"),
        SsoSession = properties.GetValueOrDefault("sso_session"),
        SsoStartUrl = properties.GetValueOrDefault("sso_start_url"),
    };

    private static ProfileIniFile Read(string path, bool profileMarkerRequired)
    {
        try
        {
            return new ProfileIniFile(path, profileMarkerRequired);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PreflightException(
                $"The AWS shared file '{path}' could not be read: {e.Message}",
                "Fix its permissions, or point AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE elsewhere.",
                e);
        }
        catch (Exception e) when (e is InvalidDataException or AmazonClientException)
        {
            // The SDK's message quotes the offending line, which may hold a secret key: only its number is named.
            var line = BadLine().Match(e.Message);
            throw new PreflightException(
                line.Success
                    ? $"Line {line.Groups["line"].Value} of the AWS shared file '{path}' is not a [section], a key = value setting or a comment."
                    : $"The AWS shared file '{path}' is not an INI file of [sections] and key = value settings.",
                "Fix that line, or point AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE elsewhere.");
        }
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionName();

    [GeneratedRegex(@"^Line (?<line>\d+):", RegexOptions.CultureInvariant)]
    private static partial Regex BadLine();
}
