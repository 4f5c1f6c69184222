using System.Globalization;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Text;

/// <summary>
/// OpenSearch time values (<c>TimeValue.parseTimeValue</c>): <c>30s</c>, <c>1m</c>, <c>500ms</c>, <c>2h</c>, <c>1d</c>,
/// unit-less <c>-1</c> (<see cref="Timeout.InfiniteTimeSpan"/>) and <c>0</c>; whole numbers only, units case-insensitive
/// except <c>m</c> (an upper-case <c>M</c> is months, not minutes).
/// </summary>
internal static class TimeValue
{
    private static readonly (string Suffix, long Ticks)[] Units =
    [
        ("nanos", 0), ("micros", 10), ("ms", TimeSpan.TicksPerMillisecond), ("s", TimeSpan.TicksPerSecond),
        ("m", TimeSpan.TicksPerMinute), ("h", TimeSpan.TicksPerHour), ("d", TimeSpan.TicksPerDay),
    ];

    public static TimeSpan Parse(string text, string setting)
    {
        var normalized = text.ToLowerInvariant().Trim();
        foreach (var (suffix, ticks) in Units)
        {
            // Minutes are case-sensitive: "1M" is not a time value.
            if (suffix == "m" ? !text.EndsWith('m') : !normalized.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var number = normalized[..^suffix.Length].Trim();
            if (!long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw RequestErrors.IllegalArgument(double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? $"failed to parse [{text}], fractional time values are not supported"
                    : $"failed to parse [{text}]");
            }

            if (value < -1)
            {
                throw RequestErrors.IllegalArgument($"failed to parse setting [{setting}] with value [{text}] as a time value: negative durations are not supported");
            }

            return suffix == "nanos" ? TimeSpan.FromTicks(value / 100) : TimeSpan.FromTicks(value * ticks);
        }

        if (normalized.Length > 1 && normalized[0] == '-' && normalized[1..].TrimStart('0') == "1")
        {
            return Timeout.InfiniteTimeSpan;
        }

        if (normalized.Length > 0 && normalized.Trim('0').Length == 0)
        {
            return TimeSpan.Zero;
        }

        throw RequestErrors.IllegalArgument($"failed to parse setting [{setting}] with value [{text}] as a time value: unit is missing or unrecognized");
    }
}
