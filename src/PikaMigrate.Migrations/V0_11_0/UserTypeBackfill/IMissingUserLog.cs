namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>Takes note of users absent from chat-user, durably, before their sessions' pages are checkpointed.</summary>
internal interface IMissingUserLog
{
    Task RecordAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken);
}
