using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb.Digests;
using PikaMigrate.Migrations.V0_11_0.Verification;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// B1 taking the chat-session table's additive-only baseline as it scans, instead of a whole read of the table before
/// its first write: it reads full items, digests each page as <see cref="SessionTableDigest"/> would before writing
/// it, keeps each segment's part with its checkpoint, and records the total once every segment is done. On a live
/// table that is one full scan fewer.
/// </summary>
/// <param name="createdBefore">The cut-off, kept with the run's checkpoint so a resumed run digests with its first run's.</param>
internal sealed class BaselineFold(PendingBaseline pending, string sessionTable, DateTimeOffset createdBefore)
{
    public DateTimeOffset CreatedBefore { get; } = createdBefore;

    public BaselinePart Digest(IEnumerable<Dictionary<string, AttributeValue>> items)
    {
        var part = new ContentDigest();
        var digest = new ItemDigest(part, SessionTableDigest.Excluded, item => SessionTableDigest.IsOriginal(item, CreatedBefore));
        digest.Add(items);
        return new BaselinePart(part, digest.LeftOut);
    }

    /// <summary>Records the baseline from every segment's part; only once every segment was read to its end.</summary>
    public Task CompleteAsync(IEnumerable<BaselinePart> segments, CancellationToken cancellationToken)
    {
        var total = new BaselinePart(new ContentDigest(), 0);
        foreach (var segment in segments)
        {
            total.Add(segment);
        }

        return pending.CompleteAsync(SessionTableDigest.Of(sessionTable, total.Digest.ToString(), total.LeftOut), CreatedBefore, cancellationToken);
    }
}
