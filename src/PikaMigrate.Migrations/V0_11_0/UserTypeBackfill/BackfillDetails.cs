using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb.Throughput;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>What a backfill run adds to its figures, for JSON output and the closing block.</summary>
/// <param name="SessionTable">The chat-session table.</param>
/// <param name="UserTable">The chat-user table.</param>
/// <param name="Segments">Parallel scan segments.</param>
/// <param name="Resumed">The run continued an interrupted one from its checkpoints.</param>
/// <param name="MissingUsersFile">Where the ids of users absent from chat-user are; null on a dry run (nothing written).</param>
/// <param name="MissingUsers">The first of those ids.</param>
/// <param name="IndexMirrored">user_type was also written to the sessions' search documents.</param>
/// <param name="KeywordTwinMirrored">user_type_keyword was written with it (only once A1 mapped it as keyword).</param>
/// <param name="Requests">DynamoDB calls this process sent for the backfill.</param>
/// <param name="Seconds">How long the run took.</param>
/// <param name="WriteRate">The write rate: its ceiling, what it achieved, and every change throttling made to it.</param>
public sealed record BackfillDetails(
    string SessionTable,
    string UserTable,
    int Segments,
    bool Resumed,
    string? MissingUsersFile,
    IReadOnlyList<string> MissingUsers,
    bool IndexMirrored,
    bool KeywordTwinMirrored,
    BackfillRequests Requests,
    double Seconds,
    WriteRateReport WriteRate) : IClosingBlock
{
    public IReadOnlyList<ClosingLine> ClosingLines(StepOutcome outcome) => BackfillClosing.Lines(outcome, this);
}
