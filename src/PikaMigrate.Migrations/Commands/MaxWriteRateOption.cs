using PikaMigrate.Core;

namespace PikaMigrate.Migrations.Commands;

/// <summary><c>--max-write-rate N</c>, taken by the commands that write to a DynamoDB table at volume.</summary>
public static class MaxWriteRateOption
{
    public const string Template = "--max-write-rate <N>";

    public const string Description =
        "The most items written per second (default: 50% of a provisioned table's write capacity; no ceiling on an on-demand table). Throttling slows the run down by itself either way.";

    /// <exception cref="PreflightException">The rate is not a positive number.</exception>
    public static void Validate(double? itemsPerSecond)
    {
        if (itemsPerSecond is { } rate && !(rate > 0 && double.IsFinite(rate)))
        {
            throw new PreflightException(
                $"--max-write-rate {itemsPerSecond} is out of range.",
                "Pass a positive number of items per second, e.g. --max-write-rate 200, or leave it out for the default.");
        }
    }
}
