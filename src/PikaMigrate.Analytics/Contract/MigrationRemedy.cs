using System.Text.Json.Serialization;

namespace PikaMigrate.Analytics;

/// <summary>The migration step that mends a warning and the command that runs it (or, when none can, what to run next).</summary>
/// <param name="Step">The guide's step id (A1, A2, B1); null when no step mends it.</param>
/// <param name="Name">The step's name, e.g. <c>update-session-mapping</c>.</param>
/// <param name="Command">The command to run.</param>
/// <param name="WholeMigration">The command that runs every step still pending; null when it would not help.</param>
public sealed record MigrationRemedy(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Step,
    string Name,
    string Command,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WholeMigration);
