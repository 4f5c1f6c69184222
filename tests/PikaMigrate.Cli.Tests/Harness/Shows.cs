using System.Text.RegularExpressions;

namespace PikaMigrate.Cli.Tests.Harness;

/// <summary>
/// Output assertions that print the whole run when they fail. Text is compared with whitespace runs collapsed,
/// since the console wraps long lines when output is not a terminal.
/// </summary>
internal static partial class Shows
{
    public static void Text(CliResult result, string text, bool onStandardError = false) =>
        Assert.True(Collapsed(onStandardError ? result.StandardError : result.StandardOutput).Contains(Collapsed(text), StringComparison.Ordinal), $"expected \"{text}\" in:\n{result}");

    /// <summary>An error the command reported: on stderr, where every error line goes (stdout carries only results).</summary>
    public static void Error(CliResult result, string text) => Text(result, text, onStandardError: true);

    public static void Line(CliResult result, string line) =>
        Assert.True(result.StandardOutput.Split('\n').Contains(line), $"expected the line \"{line}\" in:\n{result}");

    /// <summary>Each text in turn, each after the one before it.</summary>
    public static void InOrder(CliResult result, params string[] texts)
    {
        var output = Collapsed(result.StandardOutput);
        var position = 0;
        foreach (var text in texts)
        {
            var found = output.IndexOf(Collapsed(text), position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"expected \"{text}\" after \"{output[Math.Max(0, position - 60)..position]}\" in:\n{result}");
            position = found + 1;
        }
    }

    public static void Exit(CliResult result, int code) => Assert.True(result.ExitCode == code, $"expected exit {code}:\n{result}");

    private static string Collapsed(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
