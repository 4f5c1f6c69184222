using System.Collections.Concurrent;
using PikaMigrate.Migrations.Tests.V0_11_0;
using PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;

/// <summary>Stands in for the OpenSearch half: records what the backfill mirrors and reports it updated.</summary>
public sealed class RecordingIndexWriter : ISessionUserTypeIndexWriter
{
    public ConcurrentQueue<IReadOnlyList<SessionUserType>> Calls { get; } = new();

    public bool WritesKeywordTwin => true;

    public Task<IndexWriteResult> WriteAsync(IReadOnlyList<SessionUserType> sessions, CancellationToken cancellationToken)
    {
        Calls.Enqueue([.. sessions]);
        return Task.FromResult(new IndexWriteResult(sessions.Count, 0, 0, []));
    }

    /// <summary>The last user_type mirrored per session.</summary>
    public Dictionary<string, string> Mirrored() =>
        Calls.SelectMany(c => c).GroupBy(s => s.SessionId).ToDictionary(g => g.Key, g => g.Last().UserType);
}
