using System.Collections.Concurrent;

namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary>
/// A date field's <c>format</c>: alternatives joined by <c>||</c>, each a built-in name or a pattern; parsing tries
/// them in order, printing uses the first.
/// </summary>
internal sealed class DateFormatter
{
    public const string DefaultPattern = "strict_date_optional_time||epoch_millis";

    private static readonly ConcurrentDictionary<string, DateFormatter> Cache = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, Func<IDateFormatPart>> Named = new(StringComparer.Ordinal)
    {
        ["strict_date_optional_time"] = () => new IsoOptionalTime(strict: true),
        ["date_optional_time"] = () => new IsoOptionalTime(strict: false),
        ["strict_date_optional_time_nanos"] = () => new IsoOptionalTime(strict: true, nanos: true),
        ["epoch_millis"] = () => new EpochFormat(seconds: false),
        ["epoch_second"] = () => new EpochFormat(seconds: true),
        ["strict_date"] = () => new DatePattern("yyyy-MM-dd"),
        ["date"] = () => new DatePattern("yyyy-MM-dd", lenient: true),
        ["strict_date_time"] = () => new DatePattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"),
        ["date_time"] = () => new DatePattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", lenient: true),
        ["strict_date_time_no_millis"] = () => new DatePattern("yyyy-MM-dd'T'HH:mm:ssXXX"),
        ["date_time_no_millis"] = () => new DatePattern("yyyy-MM-dd'T'HH:mm:ssXXX", lenient: true),
        ["strict_date_hour_minute_second_millis"] = () => new DatePattern("yyyy-MM-dd'T'HH:mm:ss.SSS"),
        ["date_hour_minute_second_millis"] = () => new DatePattern("yyyy-MM-dd'T'HH:mm:ss.SSS", lenient: true),
        ["strict_date_hour_minute_second"] = () => new DatePattern("yyyy-MM-dd'T'HH:mm:ss"),
        ["date_hour_minute_second"] = () => new DatePattern("yyyy-MM-dd'T'HH:mm:ss", lenient: true),
        ["strict_date_hour_minute"] = () => new DatePattern("yyyy-MM-dd'T'HH:mm"),
        ["date_hour_minute"] = () => new DatePattern("yyyy-MM-dd'T'HH:mm", lenient: true),
        ["strict_date_hour"] = () => new DatePattern("yyyy-MM-dd'T'HH"),
        ["date_hour"] = () => new DatePattern("yyyy-MM-dd'T'HH", lenient: true),
        ["strict_year_month_day"] = () => new DatePattern("yyyy-MM-dd"),
        ["year_month_day"] = () => new DatePattern("yyyy-MM-dd", lenient: true),
        ["strict_year_month"] = () => new DatePattern("yyyy-MM"),
        ["year_month"] = () => new DatePattern("yyyy-MM", lenient: true),
        ["strict_year"] = () => new DatePattern("yyyy"),
        ["year"] = () => new DatePattern("yyyy", lenient: true),
        ["basic_date"] = () => new DatePattern("yyyyMMdd"),
        ["basic_date_time"] = () => new DatePattern("yyyyMMdd'T'HHmmss.SSSX"),
        ["basic_date_time_no_millis"] = () => new DatePattern("yyyyMMdd'T'HHmmssX"),
        ["strict_hour_minute_second"] = () => new DatePattern("HH:mm:ss"),
        ["hour_minute_second"] = () => new DatePattern("HH:mm:ss", lenient: true),
    };

    private readonly IReadOnlyList<IDateFormatPart> _parts;

    private DateFormatter(string pattern, IReadOnlyList<IDateFormatPart> parts)
    {
        Pattern = pattern;
        _parts = parts;
    }

    public static DateFormatter Default { get; } = Of(DefaultPattern);

    /// <summary>The format as written in the mapping (quoted in errors and serialized).</summary>
    public string Pattern { get; }

    /// <exception cref="DateParseException">An unknown name or pattern letter.</exception>
    public static DateFormatter Of(string pattern) => Cache.GetOrAdd(pattern, p =>
    {
        if (string.IsNullOrWhiteSpace(p))
        {
            throw new DateParseException("Invalid format: [] must not be empty");
        }

        var parts = p.Split("||").Select(part =>
        {
            var name = part.Trim();
            return Named.TryGetValue(name, out var factory) ? factory() : new DatePattern(name);
        }).ToList();
        return new DateFormatter(p, parts);
    });

    public bool TryParse(string text, out DateFields fields)
    {
        foreach (var part in _parts)
        {
            if (part.TryParse(text, out fields))
            {
                return true;
            }
        }

        fields = new DateFields();
        return false;
    }

    /// <summary>Parses without exceptions (dynamic date detection tries every string).</summary>
    public bool TryParseMillis(string text, out long millis)
    {
        millis = 0;
        if (!TryParse(text, out var fields))
        {
            return false;
        }

        try
        {
            millis = fields.ToMillis(roundUp: false, TimeZoneInfo.Utc);
            return true;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or DateParseException)
        {
            return false;
        }
    }

    /// <exception cref="DateParseException">No alternative accepts the text.</exception>
    public long ParseMillis(string text, bool roundUp, TimeZoneInfo zone)
    {
        if (!TryParse(text, out var fields))
        {
            throw new DateParseException($"failed to parse date field [{text}] with format [{Pattern}]");
        }

        try
        {
            return fields.ToMillis(roundUp, zone);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or DateParseException)
        {
            throw new DateParseException($"failed to parse date field [{text}] with format [{Pattern}]");
        }
    }

    public string Format(long millis, TimeZoneInfo zone) => _parts[0].Format(millis, zone);
}
