using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>The guide's figures (in its order) and the backfill's own after them.</summary>
public static class BackfillFigures
{
    public const string Scanned = "Scanned";
    public const string Updated = "Updated";
    public const string WouldUpdate = "Would update";
    public const string Skipped = "Skipped";
    public const string Errors = "Errors";
    public const string UserCacheLookups = "User Cache Lookups";
    public const string UserDbLookups = "User DB Lookups";
    public const string ChangedMeanwhile = "Changed meanwhile (kept)";
    public const string DeletedMeanwhile = "Deleted meanwhile (not re-created)";
    public const string UsersMissing = "Users missing from chat-user";
    public const string UsersWithoutType = "Users without user_type";
    public const string IndexUpdated = "Index documents updated";
    public const string IndexUnchanged = "Index documents unchanged";
    public const string IndexMissing = "Index documents missing";
    public const string IndexErrors = "Index errors";

    internal static IReadOnlyList<Figure> Of(BackfillTally sum, long usersMissing, bool dryRun, bool index)
    {
        var figures = new List<Figure>
        {
            new(Scanned, sum.Scanned),
            new(dryRun ? WouldUpdate : Updated, sum.Updated),
            new(Skipped, sum.Skipped),
            new(Errors, sum.Errors),
            new(UserCacheLookups, sum.UserCacheLookups),
            new(UserDbLookups, sum.UserDbLookups),
        };
        if (!dryRun)
        {
            figures.Add(new(ChangedMeanwhile, sum.TypedMeanwhile));
            figures.Add(new(DeletedMeanwhile, sum.DeletedMeanwhile));
        }

        figures.Add(new(UsersMissing, usersMissing));
        figures.Add(new(UsersWithoutType, sum.UsersWithoutType));
        if (index)
        {
            figures.Add(new(IndexUpdated, sum.IndexUpdated));
            figures.Add(new(IndexUnchanged, sum.IndexUnchanged));
            figures.Add(new(IndexMissing, sum.IndexMissingDocuments));
            figures.Add(new(IndexErrors, sum.IndexErrors));
        }

        return figures;
    }
}
