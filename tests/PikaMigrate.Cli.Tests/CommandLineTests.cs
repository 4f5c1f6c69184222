using PikaMigrate.Cli.Tests.Harness;

namespace PikaMigrate.Cli.Tests;

/// <summary>The command line itself: what the parser refuses is bad input (exit 2, said on stderr), and --version answers.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("migrate", "0.11.0", "--no-such-option")]
    [InlineData("ddb", "backfill-session-metadata", "--segments", "many")]
    [InlineData("ddb", "get", "session")]
    [InlineData("no-such-command")]
    public async Task A_command_line_the_parser_refuses_exits_2_and_says_why_on_stderr(params string[] args)
    {
        var result = await CliHarness.RunAsync(args);

        Assert.True(result.ExitCode == 2, $"{string.Join(' ', args)}\n{result}");
        Assert.Contains("Nothing was written.", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--help", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public async Task Migrate_refuses_an_output_directory_that_does_not_exist_before_reading_any_configuration()
    {
        var missing = Path.Combine(Path.GetTempPath(), "pika-no-such-dir-" + Guid.NewGuid().ToString("N"));

        var result = await CliHarness.RunAsync(["migrate", "0.11.0", "--yes", "--output-dir", missing]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"--output-dir {missing} is not an existing directory.", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Version_prints_the_tool_version()
    {
        var result = await CliHarness.RunAsync(["--version"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("0.11.0", result.StandardOutput.Trim(), StringComparison.Ordinal);
    }
}
