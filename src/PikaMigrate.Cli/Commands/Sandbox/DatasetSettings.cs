using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PikaMigrate.Migrations.Commands;
using PikaMigrate.Sandbox.Dataset;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Sandbox;

/// <summary>The shape of the seeded 0.10.x-era data; the defaults are the guide's example.</summary>
internal class DatasetSettings : PikaCommandSettings
{
    [CommandOption("--sessions <N>")]
    [Range(1, 10_000_000)]
    [Description("Chat sessions to write (default 15234, as in the guide's example).")]
    public int Sessions { get; init; } = 15_234;

    [CommandOption("--users <N>")]
    [Range(1, 10_000_000)]
    [Description("Distinct users (default 342); every 10th is missing from chat-user.")]
    public int Users { get; init; } = 342;

    [CommandOption("--pre-typed <N>")]
    [Range(0, int.MaxValue)]
    [Description("Sessions that already carry user_type (default 734).")]
    public int PreTyped { get; init; } = 734;

    public DatasetOptions Dataset => new() { Sessions = Sessions, Users = Users, PreTyped = PreTyped };
}
