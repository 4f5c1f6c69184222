using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Cli.Tests.Migration;
using PikaMigrate.Sandbox.DynamoDbLocal;
using PikaMigrate.Testing;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Cli.Tests.Preflight;

/// <summary>
/// Every error before the first write is a preflight error: exit 2, on stderr, naming what is wrong and where, the
/// fix, then "Nothing was written." — never the resume hint, never a stack trace, and never a value read from
/// configuration: each env file and environment here holds a distinctive secret key and session token, which must
/// appear in no output and no file. Every option with a wrong, empty or missing value and every configuration variable
/// with a wrong value is one case.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class PreflightTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    private const string Secret = "wJalrXUtnFEMI-SECRET-4f1c9b7e2d";
    private const string Token = "IQoJb3JpZ2luX2VjE-TOKEN-8a6d3c5f1e";

    [Fact]
    public async Task Every_option_and_variable_with_a_wrong_value_is_exit_2_naming_it_and_nothing_is_written()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "pre-flight");
        var env = Env(scenario, "base");
        var work = scenario.WorkDirectory;
        var ledger = "file:" + Path.Combine(work, "ledger.json");
        string[] BackfillWith(string ledgerSpec, params string[] options) => ["ddb", "backfill-session-metadata", "--env-file", env, "--index", scenario.Index, "--ledger", ledgerSpec, "--yes", .. options];
        string[] Backfill(params string[] options) => BackfillWith(ledger, options);
        string[] Copy(params string[] options) => ["os", "copy-to-keyword-fields", "--env-file", env, "--index", scenario.Index, "--ledger", ledger, "--yes", .. options];
        string[] Migrate(string envFile, params string[] options) => ["migrate", "0.11.0", "--env-file", envFile, "--index", scenario.Index, "--ledger", ledger, "--yes", .. options];
        var credentials = Path.Combine(work, "credentials");
        await File.WriteAllTextAsync(credentials, $"[ops]\naws_access_key_id = AKIAOPS\naws_secret_access_key: {Secret}\n");

        (string Case, string[] Args, string Expected)[] cases =
        [
            ("--segments many", Backfill("--segments", "many"), "--segments takes a whole number from 1 to 1000000; 'many' is not one."),
            ("--segments empty", Backfill("--segments", ""), "--segments is given an empty value; it takes a whole number from 1 to 1000000."),
            ("--segments without a value", Backfill("--segments"), "--segments needs a value: a whole number from 1 to 1000000."),
            ("--segments out of range", Backfill("--segments", "2000000"), "--segments takes a whole number from 1 to 1000000; '2000000' is not one."),
            ("--segments beyond int", Backfill("--segments", "99999999999"), "--segments takes a whole number from 1 to 1000000"),
            ("--scan-page-size 0", Backfill("--scan-page-size", "0"), "--scan-page-size takes a whole number of at least 1; '0' is not one."),
            ("--scroll-size too big", Copy("--scroll-size", "20000"), "--scroll-size takes a whole number from 1 to 10000; '20000' is not one."),
            ("--max-rounds not a number", Copy("--max-rounds", "few"), "--max-rounds takes a whole number from 1 to 1000; 'few' is not one."),
            ("--requests-per-second NaN", Copy("--requests-per-second", "NaN"), "--requests-per-second takes a number greater than 0; 'NaN' is not one."),
            ("--requests-per-second 0", Copy("--requests-per-second", "0"), "--requests-per-second takes a number greater than 0; '0' is not one."),
            ("--os-service unknown", Copy("--os-service", "opensearch"), "--os-service takes es or aoss; 'opensearch' is not one."),
            ("--index empty", Copy("--index", " "), "--index is given an empty value"),
            ("--index not an index name", Copy("--index", "Session"), "--index is not an OpenSearch index name."),
            ("--session-table not a table name", Backfill("--session-table", "chat session"), "--session-table is not a DynamoDB table name."),
            ("--user-table too short", Backfill("--user-table", "cu"), "--user-table is not a DynamoDB table name."),
            ("--region not a region", Backfill("--region", "us east 1"), "--region is not an AWS region name."),
            ("--profile empty", Backfill("--profile", ""), "--profile is given an empty value"),
            ("--ledger empty", BackfillWith(""), "--ledger is given an empty value"),
            ("--ledger unknown kind", BackfillWith("s3:bucket"), "--ledger 's3:bucket' is not a ledger this tool knows."),
            ("--ledger dynamodb:bad", BackfillWith("dynamodb:x"), "The table of --ledger dynamodb:<table> is not a DynamoDB table name."),
            ("--ledger file in a missing folder", BackfillWith("file:" + Path.Combine(work, "absent", "l.json")), "The folder of --ledger file:"),
            ("--ledger file that is a folder", BackfillWith("file:" + work), "is a directory, not a file."),
            ("--env-file missing", ["status", "--env-file", Path.Combine(work, "absent.env")], "given with --env-file does not exist."),
            ("--env-file a folder", ["status", "--env-file", work], "given with --env-file is a directory."),
            ("--env-file empty", ["status", "--env-file", ""], "--env-file is given an empty value"),
            ("--output-dir missing", Migrate(env, "--output-dir", Path.Combine(work, "absent")), "is not an existing directory."),
            ("--missing-users-file a folder", Backfill("--missing-users-file", work), $"--missing-users-file {work} is a directory."),
            ("unknown migration", ["migrate", "9.9.9", "--env-file", env, "--ledger", ledger, "--yes"], "There is no migration to Pika 9.9.9."),
            ("demo --sessions 0", ["demo", "--sessions", "0"], "--sessions takes a whole number from 1 to 10000000; '0' is not one."),
            ("sandbox opensearch --port", ["sandbox", "opensearch", "--port", "70000"], "--port takes a whole number from 0 to 65535; '70000' is not one."),
            ("stage missing", Migrate(Env(scenario, "no-stage", ("stage", null))), "Missing required environment variables: stage"),
            ("stage empty", Migrate(Env(scenario, "empty-stage", ("stage", ""))), "Missing required environment variables: stage"),
            ("stage malformed", Migrate(Env(scenario, "bad-stage", ("stage", "pr od!"))), "stage (in '"),
            ("project malformed", Migrate(Env(scenario, "bad-project", ("PIKA_SERVICE_PROJ_NAME_KEBAB_CASE", "My Project"))), "PIKA_SERVICE_PROJ_NAME_KEBAB_CASE (in '"),
            ("endpoint with a path", Migrate(Env(scenario, "bad-endpoint", ("PIKA_DOMAIN_ENDPOINT", "https://search-x.us-east-1.es.amazonaws.com/_plugin"))), "PIKA_DOMAIN_ENDPOINT is not an OpenSearch endpoint"),
            ("endpoint with plain http elsewhere", Migrate(Env(scenario, "http-endpoint", ("PIKA_DOMAIN_ENDPOINT", "http://10.9.8.7:9200"))), "PIKA_DOMAIN_ENDPOINT names plain http:// on another machine than this one (10.9.8.7)"),
            ("endpoint missing", Migrate(Env(scenario, "no-endpoint", ("PIKA_DOMAIN_ENDPOINT", null))), "PIKA_DOMAIN_ENDPOINT is not set, and the migration changes both DynamoDB and OpenSearch."),
            ("AWS_REGION malformed", Migrate(Env(scenario, "bad-region", ("AWS_REGION", "US-EAST-1"))), "AWS_REGION (in '"),
            ("AWS_DEFAULT_REGION malformed", Migrate(Env(scenario, "bad-default-region", ("AWS_DEFAULT_REGION", "east"))), "AWS_DEFAULT_REGION (in '"),
            ("AWS_ENDPOINT_URL_DYNAMODB not http", Migrate(Env(scenario, "bad-dynamodb-url", ("AWS_ENDPOINT_URL_DYNAMODB", "ftp://127.0.0.1:8000"))), "The endpoint AWS_ENDPOINT_URL_DYNAMODB (or AWS_ENDPOINT_URL) is not an http(s) URL."),
            ("AWS_MAX_ATTEMPTS not a number", Migrate(Env(scenario, "bad-attempts", ("AWS_MAX_ATTEMPTS", "many"))), "The maximum number of attempts (AWS_MAX_ATTEMPTS) is not a positive whole number."),
            ("AWS_MAX_ATTEMPTS zero", Migrate(Env(scenario, "zero-attempts", ("AWS_MAX_ATTEMPTS", "0"))), "The maximum number of attempts (AWS_MAX_ATTEMPTS) is not a positive whole number."),
            ("AWS_RETRY_MODE unknown", Migrate(Env(scenario, "bad-mode", ("AWS_RETRY_MODE", "eager"))), "The retry mode (AWS_RETRY_MODE) is not one of legacy, standard, adaptive."),
            ("keys without their pair", Migrate(Env(scenario, "half-keys", ("AWS_ACCESS_KEY_ID", null))), "AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN are set (in the environment or the env file) without AWS_ACCESS_KEY_ID"),
            ("AWS_PROFILE unknown", Migrate(Env(scenario, "no-profile", ("AWS_ACCESS_KEY_ID", null), ("AWS_SECRET_ACCESS_KEY", null), ("AWS_SESSION_TOKEN", null), ("AWS_PROFILE", "nobody"), ("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(work, "absent-credentials")), ("AWS_CONFIG_FILE", Path.Combine(work, "absent-config")))), "The AWS profile 'nobody' (--profile or AWS_PROFILE) does not exist"),
            ("credentials file line", Migrate(Env(scenario, "bad-credentials", ("AWS_ACCESS_KEY_ID", null), ("AWS_SECRET_ACCESS_KEY", null), ("AWS_SESSION_TOKEN", null), ("AWS_PROFILE", "ops"), ("AWS_SHARED_CREDENTIALS_FILE", credentials), ("AWS_CONFIG_FILE", Path.Combine(work, "absent-config")))), $"Line 3 of the AWS shared file '{credentials}' is not a [section], a key = value setting or a comment."),
            ("env file line", Migrate(EnvWithLine(scenario, "not a setting")), "Line 8 of the env file '"),
        ];

        foreach (var (name, args, expected) in cases)
        {
            var result = await CliHarness.RunAsync(args);
            Refused(name, result, expected);
            var json = await CliHarness.RunAsync([.. args, "--json"]);
            Refused(name + " --json", json, expected, json: true);
        }

        Assert.False(File.Exists(Path.Combine(work, "ledger.json")), "a refused command wrote the ledger");
        Assert.False(await scenario.LedgerExistsAsync(), "a refused command created the ledger");
        Assert.False(await scenario.Admin.TableExistsAsync(scenario.LedgerTable), "a refused command created the default ledger table");
        AssertNoFileHoldsASecret(work);
        await scenario.AssertUntouchedAsync();
    }

    [Fact]
    public async Task An_unreachable_ledger_is_named_with_its_endpoint_and_the_file_ledger_offered()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "pre-ledger");
        var closed = FreeLoopbackPort.Next();
        var env = Env(scenario, "no-dynamodb", ("AWS_ENDPOINT_URL_DYNAMODB", $"http://127.0.0.1:{closed}"), ("AWS_MAX_ATTEMPTS", "2"));

        var result = await CliHarness.RunAsync(["os", "update-session-mapping", "--env-file", env, "--index", scenario.Index, "--yes"]);

        Refused("unreachable ledger", result, $"The ledger, DynamoDB table 'pika-migrations-pre-ledger-test' at http://127.0.0.1:{closed}/, cannot be reached");
        Shows.Error(result, "or keep the ledger in a file: --ledger file:PATH.");
        await scenario.AssertUntouchedAsync();
    }

    [Fact]
    public async Task Secrets_in_the_environment_reach_no_output_of_a_child_process_either()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "pre-child");
        var secrets = new Dictionary<string, string?> { ["AWS_SECRET_ACCESS_KEY"] = Secret, ["AWS_SESSION_TOKEN"] = Token, ["AWS_ACCESS_KEY_ID"] = "AKIACHILD" };
        (string[] Args, string Expected)[] cases =
        [
            (["migrate", "0.11.0", "--env-file", EnvWithLine(scenario, "not a setting"), "--yes"], "is not a setting."),
            (["ddb", "backfill-session-metadata", "--env-file", Env(scenario, "child"), "--segments", "many", "--yes"], "--segments takes a whole number"),
            (["migrate", "0.11.0", "--env-file", Env(scenario, "child-region", ("AWS_REGION", "nowhere")), "--yes", "--json"], "AWS_REGION (in '"),
        ];

        foreach (var (args, expected) in cases)
        {
            using var child = CliProcess.Start(args, scenario.WorkDirectory, secrets);
            Assert.Equal(2, await child.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains(expected, child.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, child.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, child.Output, StringComparison.Ordinal);
        }

        AssertNoFileHoldsASecret(scenario.WorkDirectory);
    }

    private static void Refused(string name, CliResult result, string expected, bool json = false)
    {
        var all = result.StandardOutput + result.StandardError;
        Assert.True(result.ExitCode == 2, $"{name}: expected exit 2\n{result}");
        Assert.True(result.StandardError.Contains(expected, StringComparison.Ordinal), $"{name}: expected \"{expected}\" on stderr\n{result}");
        Assert.True(result.StandardError.Contains("Nothing was written.", StringComparison.Ordinal), $"{name}: no \"Nothing was written.\" on stderr\n{result}");
        Assert.False(all.Contains("Run the same command again", StringComparison.Ordinal), $"{name}: a resume hint though nothing started\n{result}");
        Assert.False(all.Contains("   at ", StringComparison.Ordinal), $"{name}: a stack trace\n{result}");
        Assert.False(result.StandardOutput.Contains('✗', StringComparison.Ordinal), $"{name}: an error line on stdout\n{result}");
        Assert.False(all.Contains(Secret, StringComparison.Ordinal) || all.Contains(Token, StringComparison.Ordinal), $"{name}: a secret in the output\n{result}");
        if (json)
        {
            var error = JsonNode.Parse(result.StandardOutput)!["error"]!;
            Assert.True(((string)error["problem"]! + " " + (string)error["fix"]!).Length > 0, $"{name}: no problem in the JSON\n{result}");
        }
    }

    private static void AssertNoFileHoldsASecret(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith(".env", StringComparison.Ordinal) && Path.GetFileName(f) != "credentials"))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains(Secret, StringComparison.Ordinal) || text.Contains(Token, StringComparison.Ordinal), $"{file} holds a secret");
        }
    }

    /// <summary>The scenario's variables with a secret key and token, and the changes given (null removes one), in an env file of its own.</summary>
    private static string Env(MigrationScenario scenario, string name, params (string Variable, string? Value)[] changes)
    {
        var variables = new Dictionary<string, string?>(scenario.Variables.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)))
        {
            ["AWS_SECRET_ACCESS_KEY"] = Secret,
            ["AWS_SESSION_TOKEN"] = Token,
        };
        foreach (var (variable, value) in changes)
        {
            variables[variable] = value;
        }

        var path = Path.Combine(scenario.WorkDirectory, $".env.{name}");
        File.WriteAllLines(path, variables.Where(v => v.Value is not null).Select(v => $"{v.Key}={v.Value}"));
        return path;
    }

    /// <summary>An env file whose line right after the secret token is not a setting (the parser would quote the token's tail).</summary>
    private static string EnvWithLine(MigrationScenario scenario, string line)
    {
        var lines = scenario.Variables.Select(v => $"{v.Key}={v.Value}").Where(l => !l.StartsWith("AWS_SECRET_ACCESS_KEY", StringComparison.Ordinal)).ToList();
        lines.Insert(5, $"AWS_SECRET_ACCESS_KEY={Secret}");
        lines.Insert(6, line);
        lines.Insert(5, $"AWS_SESSION_TOKEN={Token}");
        var path = Path.Combine(scenario.WorkDirectory, $".env.line-{Guid.NewGuid():N}");
        File.WriteAllLines(path, lines);
        return path;
    }
}
