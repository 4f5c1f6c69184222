using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PikaMigrate.Migrations.Commands;
using Spectre.Console.Cli;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

internal sealed class CopyToKeywordFieldsSettings : WriteCommandSettings
{
    [CommandOption("--scroll-size <N>")]
    [Range(1, 10_000)]
    [Description("Documents per update_by_query batch (default 1000, as the guide's script).")]
    public int ScrollSize { get; init; } = 1000;

    [CommandOption("--max-rounds <N>")]
    [Range(1, 1000)]
    [Description("update_by_query runs before giving up on documents that keep hitting version conflicts (default 5).")]
    public int MaxRounds { get; init; } = 5;

    [CommandOption("--requests-per-second <N>")]
    [Range(0d, double.MaxValue, MinimumIsExclusive = true)]
    [Description("Throttle the update_by_query to N documents per second, to spare a busy domain (default: no limit).")]
    public double? RequestsPerSecond { get; init; }
}
