using PikaMigrate.Core.Digests;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// A share of the chat-session baseline B1 takes as it scans (one page's, or a segment's pages so far): the digest of
/// its original sessions, and how many it left out as created since the cut-off.
/// </summary>
internal sealed class BaselinePart(ContentDigest digest, long leftOut)
{
    public ContentDigest Digest { get; } = digest;

    public long LeftOut { get; private set; } = leftOut;

    /// <summary>A segment's part as its checkpoint kept it (none yet: empty).</summary>
    public static BaselinePart Restore(string? digest, long leftOut) => new(digest is null ? new ContentDigest() : ContentDigest.Parse(digest), leftOut);

    public void Add(BaselinePart other)
    {
        Digest.Add(other.Digest);
        LeftOut += other.LeftOut;
    }
}
