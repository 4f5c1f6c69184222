using Amazon.DynamoDBv2;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Cli.Tests.Aws;

/// <summary>
/// AWS configuration as aws-cli resolves it, through the built CLI as its own process with an environment of the
/// test's making (no AWS_* inherited, HOME an empty folder): profiles from a scratch config and credentials file, the
/// env file against the environment, and <c>--profile</c>/<c>--region</c> over both. DynamoDB Local keeps one database
/// per access key and region, so the backfill landing in the seeded one proves what the run resolved.
/// </summary>
public sealed class AwsConfigurationTests(PerCredentialDynamoDbLocal dynamo) : IClassFixture<PerCredentialDynamoDbLocal>
{
    private const string OpsKey = "AKIDOPSPROFILE";
    private const string OpsSecret = "ops-secret-must-never-be-printed";
    private const string OpsRegion = "eu-west-3";

    private static readonly DatasetOptions Data = GuideShape.Small with { Sessions = 40, Users = 8, PreTyped = 4, MissingUserEvery = 4 };

    // Keys only in the credentials file, the region only in the config file; "keys-only" has no region anywhere.
    private static readonly AwsConfigFiles Files = AwsConfigFiles.Write(
        config: $"[profile ops]\nregion = {OpsRegion}\n\n[profile config-only]\nregion = ap-southeast-2\naws_access_key_id = AKIDCONFIGONLY\naws_secret_access_key = config-only-secret\n",
        credentials: $"[ops]\naws_access_key_id = {OpsKey}\naws_secret_access_key = {OpsSecret}\n\n[keys-only]\naws_access_key_id = AKIDKEYSONLY\naws_secret_access_key = keys-only-secret\n");

    [Fact]
    public async Task A_profile_named_in_the_env_file_takes_its_keys_from_the_credentials_file_and_its_region_from_the_config_file()
    {
        var target = await SeedAsync("aws-envfile-profile", OpsKey, OpsRegion);

        var run = await RunAsync(target, envFile: new(Files.Variables) { ["AWS_PROFILE"] = "ops" });

        await AssertBackfilledAsync(target, run);
    }

    [Fact]
    public async Task A_profile_named_in_the_environment_does_the_same()
    {
        var target = await SeedAsync("aws-env-profile", OpsKey, OpsRegion);

        var run = await RunAsync(target, environment: new(Files.Variables) { ["AWS_PROFILE"] = "ops" });

        await AssertBackfilledAsync(target, run);
    }

    [Fact]
    public async Task A_profile_kept_whole_in_the_config_file_is_found_beside_a_named_credentials_file()
    {
        // aws-cli reads keys from the config file too; naming a credentials file must not hide the config file.
        var target = await SeedAsync("aws-config-keys", "AKIDCONFIGONLY", "ap-southeast-2");

        var run = await RunAsync(target, envFile: new(Files.Variables) { ["AWS_PROFILE"] = "config-only" });

        await AssertBackfilledAsync(target, run);
    }

    [Fact]
    public async Task Naming_only_the_config_file_keeps_the_credentials_file_at_its_default_place()
    {
        // The config file must not be read in place of the credentials file: the keys are in ~/.aws/credentials.
        var home = AwsConfigFiles.Write(config: $"[profile ops]\nregion = {OpsRegion}\n", credentials: string.Empty);
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(home.Home, ".aws")).FullName, "credentials"), $"[ops]\naws_access_key_id = {OpsKey}\naws_secret_access_key = {OpsSecret}\n");
        var target = await SeedAsync("aws-config-named", OpsKey, OpsRegion);

        var run = await RunAsync(target, envFile: new() { ["AWS_CONFIG_FILE"] = home.ConfigFile, ["AWS_PROFILE"] = "ops" }, home: home.Home);

        await AssertBackfilledAsync(target, run);
    }

    [Fact]
    public async Task The_command_line_options_win_over_the_environment_and_the_env_file()
    {
        var target = await SeedAsync("aws-options", OpsKey, "ca-central-1");

        var run = await RunAsync(
            target,
            envFile: new(Files.Variables) { ["AWS_REGION"] = "ap-south-1", ["AWS_PROFILE"] = "keys-only" },
            environment: new() { ["AWS_REGION"] = "us-west-2", ["AWS_PROFILE"] = "keys-only", ["AWS_ACCESS_KEY_ID"] = "AKIDENVIRONMENT", ["AWS_SECRET_ACCESS_KEY"] = "environment-secret" },
            extra: ["--profile", "ops", "--region", "ca-central-1"]);

        await AssertBackfilledAsync(target, run);
    }

    [Fact]
    public async Task The_environment_wins_over_the_env_file()
    {
        var target = await SeedAsync("aws-env-wins", OpsKey, "ca-central-1");

        var run = await RunAsync(
            target,
            envFile: new(Files.Variables) { ["AWS_PROFILE"] = "keys-only", ["AWS_REGION"] = "ap-south-1" },
            environment: new() { ["AWS_PROFILE"] = "ops", ["AWS_REGION"] = "ca-central-1" });

        await AssertBackfilledAsync(target, run);
    }

    [Fact]
    public async Task A_profile_that_does_not_exist_stops_the_run_naming_it_and_both_files()
    {
        var untouched = await SeedAsync("aws-missing-profile", OpsKey, OpsRegion);

        var run = await RunAsync(untouched, envFile: new(Files.Variables) { ["AWS_PROFILE"] = "nobody" });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("'nobody'", run.Output, StringComparison.Ordinal);
        Assert.Contains(Files.ConfigFile, run.Output, StringComparison.Ordinal);
        Assert.Contains(Files.CredentialsFile, run.Output, StringComparison.Ordinal);
        await AssertNothingWrittenAsync(untouched, run);
    }

    [Fact]
    public async Task A_region_that_cannot_be_determined_stops_the_run_naming_the_profile()
    {
        var untouched = await SeedAsync("aws-no-region", "AKIDKEYSONLY", OpsRegion);

        var run = await RunAsync(untouched, envFile: new(Files.Variables) { ["AWS_PROFILE"] = "keys-only" });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("region", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("'keys-only'", run.Output, StringComparison.Ordinal);
        await AssertNothingWrittenAsync(untouched, run);
    }

    [Fact]
    public async Task An_sso_profile_without_a_login_stops_the_run_naming_the_login_command()
    {
        // HOME is an empty folder: no cached SSO token, as before `aws sso login`.
        var sso = AwsConfigFiles.Write(
            config: $"[profile sso-user]\nsso_start_url = https://pika-test.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 111122223333\nsso_role_name = Migrator\nregion = {OpsRegion}\n",
            credentials: string.Empty);
        var untouched = await SeedAsync("aws-sso-no-login", OpsKey, OpsRegion);

        var run = await RunAsync(untouched, envFile: new(sso.Variables) { ["AWS_PROFILE"] = "sso-user" });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("'sso-user' signs in with SSO", run.Output, StringComparison.Ordinal);
        Assert.Contains("Run `aws sso login --profile sso-user`", run.Output, StringComparison.Ordinal);
        await AssertNothingWrittenAsync(untouched, run);
    }

    [Fact]
    public async Task A_config_file_that_is_not_an_ini_file_stops_the_run_naming_it()
    {
        var broken = AwsConfigFiles.Write(config: "region: eu-west-3\n", credentials: string.Empty);
        var untouched = await SeedAsync("aws-broken-config", OpsKey, OpsRegion);

        var run = await RunAsync(untouched, envFile: new(broken.Variables) { ["AWS_PROFILE"] = "ops" });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(broken.ConfigFile, run.Output, StringComparison.Ordinal);
        await AssertNothingWrittenAsync(untouched, run);
    }

    private async Task<Target> SeedAsync(string project, string accessKey, string region)
    {
        var client = dynamo.Client(accessKey, region);
        var dataset = new PikaDataset(Data);
        var target = new Target(project, client, dataset, TestScratch.CreateDirectory("aws-run-"));
        await new DynamoDbSeeder(client).SeedAsync(dataset, target.SessionTable, $"chat-user-{project}-test", CancellationToken.None);
        return target;
    }

    /// <summary>Runs the backfill with only the env file's and the environment's AWS settings given here.</summary>
    private async Task<Run> RunAsync(
        Target target, Dictionary<string, string>? envFile = null, Dictionary<string, string>? environment = null, string[]? extra = null, string? home = null)
    {
        var fileVariables = new Dictionary<string, string>(envFile ?? [])
        {
            ["stage"] = "test",
            ["PIKA_SERVICE_PROJ_NAME_KEBAB_CASE"] = target.Project,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamo.Endpoint.ToString(),
        };
        var childEnvironment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("AWS_", StringComparison.Ordinal))
            .ToDictionary(name => name, string? (_) => null);
        childEnvironment["HOME"] = home ?? Files.Home;
        childEnvironment["AWS_EC2_METADATA_DISABLED"] = "true";
        foreach (var (name, value) in environment ?? [])
        {
            childEnvironment[name] = value;
        }

        string[] args =
        [
            "ddb", "backfill-session-metadata", "--yes", "--env-file", CliHarness.WriteEnvFile(fileVariables),
            "--ledger", $"file:{target.LedgerFile}", "--missing-users-file", Path.Combine(target.WorkDirectory, "missing.txt"), .. extra ?? [],
        ];
        using var child = CliProcess.Start(args, target.WorkDirectory, childEnvironment);
        var exit = await child.WaitForExitAsync(TimeSpan.FromMinutes(2));
        return new Run(exit, child.Output);
    }

    private static async Task AssertBackfilledAsync(Target target, Run run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(target.Dataset.ExpectedUserTypes().ToDictionary(kv => kv.Key, kv => (string?)kv.Value), await target.Client.UserTypesAsync(target.SessionTable));
        Assert.DoesNotContain(OpsSecret, run.Output, StringComparison.Ordinal);
    }

    private static async Task AssertNothingWrittenAsync(Target target, Run run)
    {
        Assert.Contains("Nothing was written", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(target.LedgerFile), $"a ledger was written:\n{run}");
        Assert.Equal(target.Dataset.Options.PreTyped, (await target.Client.UserTypesAsync(target.SessionTable)).Values.Count(v => v is not null));
        Assert.DoesNotContain(OpsSecret, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("keys-only-secret", run.Output, StringComparison.Ordinal);
    }

    /// <summary>A project's tables seeded in the database of one access key and region.</summary>
    private sealed record Target(string Project, IAmazonDynamoDB Client, PikaDataset Dataset, string WorkDirectory)
    {
        public string SessionTable => $"chat-session-{Project}-test";

        public string LedgerFile => Path.Combine(WorkDirectory, "ledger.json");
    }

    private sealed record Run(int ExitCode, string Output)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}";
    }
}
