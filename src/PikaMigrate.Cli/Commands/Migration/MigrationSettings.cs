using System.ComponentModel;
using PikaMigrate.Migrations.Commands;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Migration;

/// <summary><c>plan</c> and <c>verify</c>: the stores' options and the version to migrate to.</summary>
internal sealed class MigrationSettings : StoreCommandSettings
{
    [CommandArgument(0, "<version>")]
    [Description("The Pika version to migrate to (status lists the migrations this tool knows).")]
    public string Version { get; init; } = string.Empty;
}
