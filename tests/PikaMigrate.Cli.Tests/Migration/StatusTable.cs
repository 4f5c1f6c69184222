using System.Text.RegularExpressions;
using PikaMigrate.Cli.Tests.Harness;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>Reads the step table that <c>status</c> prints for people.</summary>
internal static partial class StatusTable
{
    /// <summary>The State column of the step's row (e.g. "interrupted (re-run resumes)"), failing when there is no row.</summary>
    public static string State(CliResult status, string stepName)
    {
        var row = status.StandardOutput.Split('\n').FirstOrDefault(line => line.Contains($"│ {stepName} ", StringComparison.Ordinal));
        Assert.True(row is not null, $"no row for {stepName} in:\n{status}");
        return Cells().Matches(row).Select(m => m.Groups[1].Value.Trim()).ElementAt(2);
    }

    [GeneratedRegex(@"│([^│]*)(?=│)")]
    private static partial Regex Cells();
}
