using PikaMigrate.Analytics.Query;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations;
using PikaMigrate.Migrations.V0_11_0;

namespace PikaMigrate.Analytics.Readiness;

/// <summary>
/// Every remedy text the analytics gives, in one place: which step of the 0.11.0 migration a gap in the data means is
/// missing, and the command that runs it, both as the migration declares them.
/// </summary>
internal static class Remedies
{
    public static readonly string WholeMigration = StepCommandLine.Migrate(SessionAnalyticsMigration.VersionNumber);

    public static readonly MigrationRemedy MappingStep = Of(SessionAnalyticsMigration.MappingUpdate);
    public static readonly MigrationRemedy CopyStep = Of(SessionAnalyticsMigration.KeywordCopy);
    public static readonly MigrationRemedy BackfillStep = Of(SessionAnalyticsMigration.UserTypeBackfill);

    /// <summary>No step changes a field's type; verify explains the reindex that does.</summary>
    public static readonly MigrationRemedy Reindex = new(null, "reindex", StepCommandLine.Verify(SessionAnalyticsMigration.VersionNumber), null);

    public static string Run(MigrationRemedy remedy) =>
        remedy.WholeMigration is { } whole ? $"Run `{remedy.Command}` (or the whole migration: `{whole}`)." : $"Run `{remedy.Command}`.";

    /// <summary>The error of a query that did not run.</summary>
    public static string NotReady(string index, IEnumerable<AnalyticsWarning> blocking) =>
        $"Session Analytics cannot answer from '{index}' yet: {string.Join(" ", blocking.Select(w => w.Message))}";

    public static string TwinNotMapped(AnalyticsTwin twin, string index, string effect) =>
        $"{twin.Twin} is not in the mapping of '{index}': step {MappingStep.Step} {MappingStep.Name} has not run, so {effect}. "
        + $"Run `{MappingStep.Command}`, then `{CopyStep.Command}` (or the whole migration: `{WholeMigration}`).";

    public static string TwinNotKeyword(AnalyticsTwin twin, string type, string index, string effect) =>
        $"{twin.Twin} is mapped as {type}, not keyword, in '{index}' (usually the 0.11 Lambda indexed sessions before {MappingStep.Name} ran), so {effect}: "
        + "OpenSearch cannot filter or aggregate on a text field's values, and a field's type cannot change in place. "
        + $"`{Reindex.Command}` explains the recovery: reindex into an index with Pika 0.11's mapping, then run `{CopyStep.Command}`.";

    /// <summary>What an unusable twin does: wrong figures where the query needs it, else its breakdown left out.</summary>
    public static string Effect(AnalyticsTwin twin, bool blocking) => blocking
        ? $"the {twin.FilterName}{(twin.BreakdownName is { } breakdown ? " and " + breakdown : string.Empty)} would silently give wrong figures"
        : $"{twin.BreakdownName} is left out";

    public static string TwinMissingOnDocuments(AnalyticsTwin twin, long sessions, long total, string scope, string consequence) =>
        $"{sessions:N0} of the {total:N0} sessions {scope} have {twin.Source} but no {twin.Twin} yet (step {CopyStep.Step} {CopyStep.Name} has not reached them): {consequence}. {Run(CopyStep)}";

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
        $"{sessions:N0} of the {total:N0} sessions {scope} have no user_type yet (step {BackfillStep.Step} {BackfillStep.Name} has not reached them)"
        + (leftOut is { } n ? $": the user-type filter leaves out {n:N0} of them" : ": the user-type filter leaves them out")
        + $". {Run(BackfillStep)}";

    public static string EntityAttributeNotMapped(string attribute, string index) =>
        $"session_attributes.{attribute} is not in the mapping of '{index}': no session holds it, so there are no entities to show. "
        + "Check the attribute name your entity feature uses (Pika's default is entity).";

    private static MigrationRemedy Of(StepInfo step) => new(step.Id, step.Name, step.Command, WholeMigration);
}
