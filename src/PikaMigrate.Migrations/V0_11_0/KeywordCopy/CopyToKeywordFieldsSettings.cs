using System.ComponentModel;
using PikaMigrate.Migrations.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

internal sealed class CopyToKeywordFieldsSettings : WriteCommandSettings
{
    [CommandOption("--scroll-size <N>")]
    [Description("Documents per update_by_query batch (default 1000, as the guide's script).")]
    public int ScrollSize { get; init; } = 1000;

    [CommandOption("--max-rounds <N>")]
    [Description("update_by_query runs before giving up on documents that keep hitting version conflicts (default 5).")]
    public int MaxRounds { get; init; } = 5;

    [CommandOption("--requests-per-second <N>")]
    [Description("Throttle the update_by_query to N documents per second, to spare a busy domain (default: no limit).")]
    public double? RequestsPerSecond { get; init; }

    public override ValidationResult Validate() =>
        ScrollSize is < 1 or > 10_000 ? ValidationResult.Error("--scroll-size must be between 1 and 10000.")
        : MaxRounds < 1 ? ValidationResult.Error("--max-rounds must be at least 1.")
        : RequestsPerSecond is <= 0 ? ValidationResult.Error("--requests-per-second must be greater than 0.")
        : ValidationResult.Success();
}
