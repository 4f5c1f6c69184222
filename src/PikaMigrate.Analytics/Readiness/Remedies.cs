using PikaMigrate.Analytics.Query;

namespace PikaMigrate.Analytics.Readiness;

/// <summary>
/// Every remedy text the analytics gives, in one place: which migration step a gap in the data means is missing,
/// and the command that runs it (the 0.11.0 steps: A1 update-session-mapping, A2 copy-to-keyword-fields, B1
/// backfill-session-metadata, or the whole <c>migrate 0.11.0</c>).
/// </summary>
internal static class Remedies
{
    public const string WholeMigration = "pika-migrate migrate 0.11.0";

    public static readonly MigrationRemedy MappingStep = new("A1", "update-session-mapping", "pika-migrate os update-session-mapping", WholeMigration);
    public static readonly MigrationRemedy CopyStep = new("A2", "copy-to-keyword-fields", "pika-migrate os copy-to-keyword-fields", WholeMigration);
    public static readonly MigrationRemedy BackfillStep = new("B1", "backfill-session-metadata", "pika-migrate ddb backfill-session-metadata", WholeMigration);

    /// <summary>No step changes a field's type; verify explains the reindex that does.</summary>
    public static readonly MigrationRemedy Reindex = new(null, "reindex", "pika-migrate verify 0.11.0", null);

    public static string Run(MigrationRemedy remedy) =>
        remedy.WholeMigration is { } whole ? $"Run `{remedy.Command}` (or the whole migration: `{whole}`)." : $"Run `{remedy.Command}`.";

    /// <summary>The error of a query that did not run.</summary>
    public static string NotReady(string index, IEnumerable<AnalyticsWarning> blocking) =>
        $"Session Analytics cannot answer from '{index}' yet: {string.Join(" ", blocking.Select(w => w.Message))}";

    public static string TwinNotMapped(AnalyticsTwin twin, string index, string effect) =>
        $"{twin.Twin} is not in the mapping of '{index}': step A1 update-session-mapping has not run, so {effect}. "
        + $"Run `{MappingStep.Command}`, then `{CopyStep.Command}` (or the whole migration: `{WholeMigration}`).";

    public static string TwinNotKeyword(AnalyticsTwin twin, string type, string index, string effect) =>
        $"{twin.Twin} is mapped as {type}, not keyword, in '{index}' (usually the 0.11 Lambda indexed sessions before update-session-mapping ran), so {effect}: "
        + "OpenSearch cannot filter or aggregate on a text field's values, and a field's type cannot change in place. "
        + $"`{Reindex.Command}` explains the recovery: reindex into an index with Pika 0.11's mapping, then run `{CopyStep.Command}`.";

    /// <summary>What an unusable twin does: wrong figures where the query needs it, else its breakdown left out.</summary>
    public static string Effect(AnalyticsTwin twin, bool blocking) => blocking
        ? $"the {twin.FilterName}{(twin.BreakdownName is { } breakdown ? " and " + breakdown : string.Empty)} would silently give wrong figures"
        : $"{twin.BreakdownName} is left out";

    public static string TwinMissingOnDocuments(AnalyticsTwin twin, long sessions, long total, string scope, string consequence) =>
        $"{sessions:N0} of the {total:N0} sessions {scope} have {twin.Source} but no {twin.Twin} yet (step A2 copy-to-keyword-fields has not reached them): {consequence}. {Run(CopyStep)}";

    public static string LeftOut(AnalyticsTwin twin, long leftOut, bool exact) =>
        (exact, leftOut) switch
        {
            (true, 0) => $"the {twin.FilterName} leaves out none of them that match it",
            (true, _) => $"the {twin.FilterName} leaves out {leftOut:N0} of them that match it",
            _ => $"the {twin.FilterName} leaves out up to {leftOut:N0} of them",
        };

    public static string CountedAsUndefined(AnalyticsTwin twin, long counted) =>
        $"{twin.BreakdownName} shows the {counted:N0} of them counted here under {AnalyticsVocabulary.UndefinedBucket}";

    public const string IndexScope = "in the index";
    public const string RangeScope = "in this range";
    public const string IndexConsequence = "filters and breakdowns on the keyword field miss them";

    public static string UserTypeMissing(long sessions, long total, string scope, long? leftOut) =>
        $"{sessions:N0} of the {total:N0} sessions {scope} have no user_type yet (step B1 backfill-session-metadata has not reached them)"
        + (leftOut is { } n ? $": the user-type filter leaves out {n:N0} of them" : ": the user-type filter leaves them out")
        + $". {Run(BackfillStep)}";

    public static string EntityAttributeNotMapped(string attribute, string index) =>
        $"session_attributes.{attribute} is not in the mapping of '{index}': no session holds it, so there are no entities to show. "
        + "Check the attribute name your entity feature uses (Pika's default is entity).";
}
