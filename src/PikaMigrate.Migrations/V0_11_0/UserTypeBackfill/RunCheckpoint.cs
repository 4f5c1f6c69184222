using PikaMigrate.DynamoDb;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>The run a set of segment checkpoints belongs to.</summary>
/// <param name="RunId">Segment checkpoints of another run id are stale and ignored.</param>
/// <param name="Table">The chat-session table the run scans.</param>
/// <param name="Segments">Parallel scan segments (fixed for the run: the checkpoints are per segment).</param>
/// <param name="MissingUsersFile">The file the run appends missing users to.</param>
/// <param name="BaselineCreatedBefore">Set when the run takes the table's additive-only baseline as it scans: the digest's cut-off.</param>
internal sealed record RunCheckpoint(string RunId, TableIdentity Table, int Segments, string MissingUsersFile, DateTimeOffset? BaselineCreatedBefore = null);
