using System.ComponentModel;
using System.Globalization;
using PikaMigrate.Analytics;
using PikaMigrate.Migrations.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Analytics;

/// <summary>
/// The site-admin page's filters as options. With none given it asks what the page asks when it opens: the last
/// 30 days, external users, invocation modes chat-app and undefined, by day, top 10. They are the branch's settings,
/// so `analytics --help` lists them; `analytics serve` takes them too (its settings derive from these).
/// </summary>
internal class AnalyticsSettings : OpenSearchCommandSettings
{
    /// <summary>The request's field names, as the options that set them.</summary>
    private static readonly Dictionary<string, string> OptionOf = new(StringComparer.Ordinal)
    {
        ["dateRange.start"] = "--from",
        ["dateRange.end"] = "--to",
        ["dateRange"] = "--from/--to",
        ["userTypes"] = "--user-type",
        ["invocationModes"] = "--mode",
        ["sources"] = "--source",
        ["chatAppIds"] = "--app",
        ["groupBy"] = "--group-by",
        ["limit"] = "--limit",
        ["entityAttributeName"] = "--entity-attribute",
        ["entityId"] = "--entity",
    };

    [CommandOption("--from <DAY>")]
    [Description("First day, yyyy-MM-dd (UTC); default 30 days before --to.")]
    public string? From { get; init; }

    [CommandOption("--to <DAY>")]
    [Description("Last day, included, yyyy-MM-dd (UTC); default today.")]
    public string? To { get; init; }

    [CommandOption("--preset <RANGE>")]
    [Description("A range ending today instead of --from/--to: day, week, month, quarter, year or all (since 2020-01-01).")]
    public string? Preset { get; init; }

    [CommandOption("--user-type <TYPE>")]
    [Description("external-user or internal-user; repeat for both (default: external-user).")]
    public string[]? UserTypes { get; init; }

    [CommandOption("--mode <MODE>")]
    [Description("Invocation mode: chat-app, direct-agent-invoke, chat-app-component, or undefined for none; repeatable (default: chat-app and undefined).")]
    public string[]? Modes { get; init; }

    [CommandOption("--source <SOURCE>")]
    [Description("Session source: user, component-as-user, component, or undefined for none; repeatable (default: all).")]
    public string[]? Sources { get; init; }

    [CommandOption("--app <ID>")]
    [Description("Chat app id; repeatable (default: all).")]
    public string[]? Apps { get; init; }

    [CommandOption("--entity-attribute <NAME>")]
    [Description("The session attribute naming each session's entity (Pika's default: entity): adds top entities. Never a secret or personal attribute.")]
    public string? EntityAttribute { get; init; }

    [CommandOption("--entity <ID>")]
    [Description("Keep one entity (needs --entity-attribute).")]
    public string? Entity { get; init; }

    [CommandOption("--group-by <PERIOD>")]
    [Description("day, week (Monday to Sunday) or month (default: day).")]
    public string? GroupBy { get; init; }

    /// <summary>Text, so that a value that is not a number is refused with the option's own message.</summary>
    [CommandOption("--limit <N>")]
    [Description("Top chat apps and entities to show, 1 to 100 (default: 10).")]
    public string? Limit { get; init; }

    /// <summary>The request these options make, with today's date for the range.</summary>
    public SessionAnalyticsRequest Request(DateOnly today)
    {
        var defaults = SessionAnalyticsRequest.Defaults(today);
        return new SessionAnalyticsRequest
        {
            DateRange = Range(today),
            UserTypes = UserTypes is { Length: > 0 } ? UserTypes : defaults.UserTypes,
            InvocationModes = Modes is { Length: > 0 } ? Modes : defaults.InvocationModes,
            Sources = Sources is { Length: > 0 } ? Sources : null,
            ChatAppIds = Apps is { Length: > 0 } ? Apps : null,
            EntityAttributeName = EntityAttribute,
            EntityId = Entity,
            GroupBy = GroupBy ?? defaults.GroupBy,
            Limit = int.TryParse(Limit, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) ? limit : defaults.Limit,
        };
    }

    public override ValidationResult Validate()
    {
        if (Preset is not null && (From is not null || To is not null))
        {
            return ValidationResult.Error("--preset: give either --preset or --from/--to, not both.");
        }

        if (Limit is not null && !int.TryParse(Limit, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return ValidationResult.Error($"--limit: '{Limit}' is not a number; it takes 1 to {AnalyticsVocabulary.MaxLimit} (top chat apps and entities to show).");
        }

        if (Preset is not null && !AnalyticsPresets.TryParse(Preset, out _))
        {
            return ValidationResult.Error($"--preset: '{Preset}' is not a preset; it takes {string.Join(", ", AnalyticsPresets.Names)}.");
        }

        try
        {
            SessionAnalyticsService.Validate(Request(Today), Today);
            return ValidationResult.Success();
        }
        catch (AnalyticsRequestException e)
        {
            return ValidationResult.Error($"{OptionOf.GetValueOrDefault(e.Field, e.Field)}: {e.Problem}");
        }
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>--preset, else --from/--to (each defaulting from the other: 30 days, ending today).</summary>
    private AnalyticsDateRange Range(DateOnly today)
    {
        if (AnalyticsPresets.TryParse(Preset, out var preset))
        {
            return AnalyticsPresets.Range(preset, today);
        }

        var to = To ?? AnalyticsDateRange.Format(today);
        var end = DateOnly.TryParseExact(to, AnalyticsDateRange.DayFormat, out var day) ? day : today;
        return new AnalyticsDateRange(From ?? AnalyticsDateRange.Format(end.AddDays(-AnalyticsVocabulary.DefaultDays)), to);
    }
}
