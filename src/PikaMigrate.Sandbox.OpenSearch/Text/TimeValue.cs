using System.Globalization;
using System.Text.RegularExpressions;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Text;

/// <summary>OpenSearch time values: <c>30s</c>, <c>1m</c>, <c>500ms</c>, <c>2h</c>, <c>1d</c>, <c>-1</c>.</summary>
internal static partial class TimeValue
{
    public static TimeSpan Parse(string text, string setting)
    {
        if (text is "-1" or "0")
        {
            return text == "-1" ? Timeout.InfiniteTimeSpan : TimeSpan.Zero;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            throw RequestErrors.IllegalArgument($"failed to parse setting [{setting}] with value [{text}] as a time value: unit is missing or unrecognized");
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "nanos" => TimeSpan.FromTicks((long)(value / 100)),
            "micros" => TimeSpan.FromTicks((long)(value * 10)),
            "ms" => TimeSpan.FromMilliseconds(value),
            "s" => TimeSpan.FromSeconds(value),
            "m" => TimeSpan.FromMinutes(value),
            "h" => TimeSpan.FromHours(value),
            _ => TimeSpan.FromDays(value),
        };
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(nanos|micros|ms|s|m|h|d)$")]
    private static partial Regex Pattern();
}
