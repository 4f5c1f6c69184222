using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb.Throughput;

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
    public const string WriteCapacity = "Write capacity consumed (WCU)";
    public const string RateCeiling = "Write rate ceiling (items/s)";
    public const string RateAchieved = "Write rate achieved (items/s)";
    public const string WritesThrottled = "Writes throttled (sent again)";
    public const string RateCuts = "Rate cuts for throttling";
    public const string LowestRate = "Lowest write rate (items/s)";
    public const string EstimatedSeconds = "Estimated write time (s)";

    /// <param name="rate">What the write rate did; null on a dry run (nothing written).</param>
    internal static IReadOnlyList<Figure> Of(BackfillTally sum, long usersMissing, bool index, WriteRateReport? rate)
    {
        var dryRun = rate is null;
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

        if (rate is not null)
        {
            // Only endpoints that report consumed capacity (AWS does; DynamoDB Local does not) have this figure.
            if (sum.WriteCapacityUnits > 0)
            {
                figures.Add(new(WriteCapacity, sum.WriteCapacityUnits));
            }

            if (rate.Ceiling.ItemsPerSecond is { } ceiling)
            {
                figures.Add(new(RateCeiling, (long)Math.Round(ceiling)));
            }

            figures.Add(new(RateAchieved, (long)Math.Round(rate.AchievedItemsPerSecond ?? 0)));
            figures.Add(new(WritesThrottled, rate.ThrottledItems));
            figures.Add(new(RateCuts, rate.Decreases));
            if (rate is { Decreases: > 0, LowestItemsPerSecond: { } lowest })
            {
                figures.Add(new(LowestRate, (long)Math.Round(lowest)));
            }
        }

        return figures;
    }
}
