namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// The running figures of one segment (updated from concurrent writes, hence fields for Interlocked), saved
/// with its checkpoint so a resumed run reports whole-run figures.
/// </summary>
internal sealed class BackfillTally
{
    public long Scanned;
    public long Updated;
    public long Skipped;
    public long Errors;
    public long UserCacheLookups;
    public long UserDbLookups;
    public long UsersMissing;
    public long UsersWithoutType;
    public long TypedMeanwhile;
    public long DeletedMeanwhile;
    public long IndexUpdated;
    public long IndexUnchanged;
    public long IndexMissingDocuments;
    public long IndexErrors;
    public long WriteCapacityUnits;

    /// <summary>A copy taken while no write of the segment is in flight (between pages).</summary>
    public BackfillTally Copy() => (BackfillTally)MemberwiseClone();

    public static BackfillTally Sum(IEnumerable<BackfillTally> tallies)
    {
        var sum = new BackfillTally();
        foreach (var t in tallies)
        {
            sum.Scanned += Interlocked.Read(ref t.Scanned);
            sum.Updated += Interlocked.Read(ref t.Updated);
            sum.Skipped += Interlocked.Read(ref t.Skipped);
            sum.Errors += Interlocked.Read(ref t.Errors);
            sum.UserCacheLookups += Interlocked.Read(ref t.UserCacheLookups);
            sum.UserDbLookups += Interlocked.Read(ref t.UserDbLookups);
            sum.UsersMissing += Interlocked.Read(ref t.UsersMissing);
            sum.UsersWithoutType += Interlocked.Read(ref t.UsersWithoutType);
            sum.TypedMeanwhile += Interlocked.Read(ref t.TypedMeanwhile);
            sum.DeletedMeanwhile += Interlocked.Read(ref t.DeletedMeanwhile);
            sum.IndexUpdated += Interlocked.Read(ref t.IndexUpdated);
            sum.IndexUnchanged += Interlocked.Read(ref t.IndexUnchanged);
            sum.IndexMissingDocuments += Interlocked.Read(ref t.IndexMissingDocuments);
            sum.IndexErrors += Interlocked.Read(ref t.IndexErrors);
            sum.WriteCapacityUnits += Interlocked.Read(ref t.WriteCapacityUnits);
        }

        return sum;
    }
}
