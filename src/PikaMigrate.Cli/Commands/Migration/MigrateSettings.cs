using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PikaMigrate.Migrations.Commands;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Migration;

/// <summary><c>migrate</c>: the version, --dry-run to stop after the plan, and where its files go.</summary>
internal sealed class MigrateSettings : WriteCommandSettings
{
    [CommandArgument(0, "<version>")]
    [Description("The Pika version to migrate to (status lists the migrations this tool knows).")]
    public string Version { get; init; } = string.Empty;

    [CommandOption("--output-dir <DIR>")]
    [Description("Where migrate writes the files it hands you, e.g. the ids of users missing from chat-user (default: the current directory).")]
    public string? OutputDirectory { get; init; }

    [CommandOption("--backup")]
    [Description("Take an on-demand DynamoDB backup of the tables the migration changes before the first write, wait until it is available, and record its ARN in the ledger.")]
    public bool Backup { get; init; }

    [CommandOption(MaxWriteRateOption.Template)]
    [Range(0d, double.MaxValue, MinimumIsExclusive = true)]
    [Description(MaxWriteRateOption.Description)]
    public double? MaxWriteRate { get; init; }
}
