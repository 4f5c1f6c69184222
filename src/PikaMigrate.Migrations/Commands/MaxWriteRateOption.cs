namespace PikaMigrate.Migrations.Commands;

/// <summary><c>--max-write-rate N</c>, taken by the commands that write to a DynamoDB table at volume.</summary>
public static class MaxWriteRateOption
{
    public const string Template = "--max-write-rate <N>";

    public const string Description =
        "The most items written per second (default: 50% of a provisioned table's write capacity; no ceiling on an on-demand table). Throttling slows the run down by itself either way.";
}
