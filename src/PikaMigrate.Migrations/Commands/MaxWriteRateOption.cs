using System.Globalization;
using PikaMigrate.Core;

namespace PikaMigrate.Migrations.Commands;

/// <summary><c>--max-write-rate N</c>, taken by the commands that write to a DynamoDB table at volume.</summary>
public static class MaxWriteRateOption
{
    public const string Template = "--max-write-rate <N>";

    public const string Description =
        "The most items written per second (default: 50% of a provisioned table's write capacity; no ceiling on an on-demand table). Throttling slows the run down by itself either way.";

    /// <summary>The rate given on the command line (read here, so a bad value names the option), or null for the default.</summary>
    /// <exception cref="PreflightException">The rate is not a positive number.</exception>
    public static double? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate > 0 && double.IsFinite(rate))
        {
            return rate;
        }

        throw new PreflightException(
            $"--max-write-rate {value} is out of range.",
            "Pass a positive number of items per second, e.g. --max-write-rate 200, or leave it out for the default.");
    }
}
