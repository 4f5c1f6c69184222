namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>The run a backfill carries out: a new one, or an interrupted one it resumes from its checkpoints.</summary>
/// <param name="Starts">Where each segment starts, with its figures so far.</param>
/// <param name="MissingUsers">The file the run appends missing users to (an interrupted run's own file).</param>
/// <param name="Baseline">Set when the run takes the table's additive-only baseline as it scans.</param>
internal sealed record BackfillRun(RunCheckpoint Checkpoint, IReadOnlyList<SegmentStart> Starts, bool Resumed, MissingUsersFile MissingUsers, BaselineFold? Baseline);
