namespace PikaMigrate.Testing;

/// <summary>
/// A shared AWS config file and credentials file of the test's own, each in a scratch folder of its own and under a
/// name the SDK never looks for by default, so only AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE can lead to them
/// (and one handed in place of the other is not found). <see cref="Home"/> is an empty folder to run under as HOME,
/// so no ~/.aws of the machine takes part.
/// </summary>
public sealed class AwsConfigFiles
{
    private AwsConfigFiles(string root)
    {
        ConfigFile = Path.Combine(Directory.CreateDirectory(Path.Combine(root, "config-dir")).FullName, "pika-aws-config");
        CredentialsFile = Path.Combine(Directory.CreateDirectory(Path.Combine(root, "credentials-dir")).FullName, "pika-aws-credentials");
        Home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
    }

    public string ConfigFile { get; }

    public string CredentialsFile { get; }

    public string Home { get; }

    /// <summary>AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE naming the two files.</summary>
    public Dictionary<string, string> Variables => new()
    {
        ["AWS_CONFIG_FILE"] = ConfigFile,
        ["AWS_SHARED_CREDENTIALS_FILE"] = CredentialsFile,
    };

    /// <param name="config">The config file's text (<c>[profile NAME]</c> sections).</param>
    /// <param name="credentials">The credentials file's text (<c>[NAME]</c> sections).</param>
    public static AwsConfigFiles Write(string config, string credentials)
    {
        var files = new AwsConfigFiles(TestScratch.CreateDirectory("aws-"));
        File.WriteAllText(files.ConfigFile, config);
        File.WriteAllText(files.CredentialsFile, credentials);
        return files;
    }
}
