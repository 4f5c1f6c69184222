using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PikaMigrate.Migrations.Commands;
using Spectre.Console.Cli;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

internal sealed class BackfillSessionMetadataSettings : WriteCommandSettings
{
    [CommandOption("--segments <N>")]
    [Range(1, 1_000_000)]
    [Description("Parallel scan segments (default: twice the cores, 4 to 16). A resumed run keeps the interrupted run's.")]
    public int? Segments { get; init; }

    [CommandOption("--scan-page-size <N>")]
    [Range(1, int.MaxValue)]
    [Description("Sessions per scan page (default: DynamoDB's 1 MB pages, the fewest requests); smaller pages checkpoint more often.")]
    public int? ScanPageSize { get; init; }

    [CommandOption(MaxWriteRateOption.Template)]
    [Range(0d, double.MaxValue, MinimumIsExclusive = true)]
    [Description(MaxWriteRateOption.Description)]
    public double? MaxWriteRate { get; init; }

    [CommandOption("--missing-users-file <PATH>")]
    [Description("Where the ids of users missing from chat-user are written (default: ./missing-users-<chat-session table>.txt).")]
    public string? MissingUsersFile { get; init; }
}
