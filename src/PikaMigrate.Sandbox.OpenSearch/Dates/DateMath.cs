using System.Globalization;

namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary>
/// Date math: <c>now-7d/d</c>, <c>2024-01-01||+1M/d</c>, or a plain date in the field's format. Rounding with
/// <paramref name="roundUp"/> goes to the last millisecond of the unit (upper bounds of <c>lte</c>, lower of <c>gt</c>).
/// </summary>
internal static class DateMath
{
    public static long Parse(string text, DateFormatter formatter, bool roundUp, TimeZoneInfo zone, long nowMillis)
    {
        string math;
        long time;
        if (text.StartsWith("now", StringComparison.Ordinal))
        {
            time = nowMillis;
            math = text[3..];
        }
        else
        {
            var separator = text.IndexOf("||", StringComparison.Ordinal);
            if (separator < 0)
            {
                return formatter.ParseMillis(text, roundUp, zone);
            }

            time = formatter.ParseMillis(text[..separator], roundUp: false, zone);
            math = text[(separator + 2)..];
        }

        return Apply(time, math, roundUp, zone, text);
    }

    private static long Apply(long time, string math, bool roundUp, TimeZoneInfo zone, string original)
    {
        var local = TimeZones.MillisToLocal(time, zone);
        var i = 0;
        while (i < math.Length)
        {
            var op = math[i++];
            if (op == '/')
            {
                if (i >= math.Length)
                {
                    throw new DateParseException($"truncated date math [{original}]");
                }

                var unit = Unit(math[i++], original);
                var floor = DateUnits.Floor(local, unit);
                local = roundUp ? DateUnits.Add(floor, unit, 1).AddTicks(-TimeSpan.TicksPerMillisecond) : floor;
                continue;
            }

            if (op is not ('+' or '-'))
            {
                throw new DateParseException($"operator not supported for date math [{original}]");
            }

            var start = i;
            while (i < math.Length && char.IsAsciiDigit(math[i]))
            {
                i++;
            }

            var amount = i == start ? 1 : int.Parse(math[start..i], CultureInfo.InvariantCulture);
            if (i >= math.Length)
            {
                throw new DateParseException($"truncated date math [{original}]");
            }

            local = DateUnits.Add(local, Unit(math[i++], original), op == '-' ? -amount : amount);
        }

        return TimeZones.LocalToMillis(local, zone);
    }

    private static DateUnit Unit(char c, string original) => c switch
    {
        'y' => DateUnit.Year,
        'M' => DateUnit.Month,
        'w' => DateUnit.Week,
        'd' => DateUnit.Day,
        'h' or 'H' => DateUnit.Hour,
        'm' => DateUnit.Minute,
        's' => DateUnit.Second,
        _ => throw new DateParseException($"unit [{c}] not supported for date math [{original}]"),
    };
}
