using System.Text.Json;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>
/// What a run of A2 keeps in its checkpoints: the task it started (recorded before the first poll, so a killed
/// run's successor re-attaches to it rather than starting a second one) and the rounds finished so far.
/// </summary>
internal sealed record CopyCheckpoint(string? TaskId, IReadOnlyList<CopyRound> Rounds)
{
    public const string Key = "update-by-query";

    public static CopyCheckpoint? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<CopyCheckpoint>(json);

    public string ToJson() => JsonSerializer.Serialize(this);
}
