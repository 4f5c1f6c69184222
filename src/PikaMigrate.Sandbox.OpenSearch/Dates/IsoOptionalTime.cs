using System.Globalization;
using System.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary>
/// <c>strict_date_optional_time</c> (and the lenient <c>date_optional_time</c>): <c>yyyy[-MM[-dd['T'HH[:mm[:ss[.S…]]][zone]]]]</c>,
/// zone <c>Z</c>, <c>±HH:mm</c>, <c>±HHmm</c> or <c>±HH</c>; printed as <c>2024-08-12T00:00:00.000Z</c>.
/// </summary>
internal sealed class IsoOptionalTime(bool strict, bool nanos = false) : IDateFormatPart
{
    public bool TryParse(string text, out DateFields fields)
    {
        fields = new DateFields();
        var i = 0;
        if (!Digits(text, ref i, strict ? 4 : 1, 10, out var year))
        {
            return false;
        }

        fields.Year = year;
        if (i < text.Length && text[i] == '-')
        {
            i++;
            if (!Digits(text, ref i, strict ? 2 : 1, 2, out var month))
            {
                return false;
            }

            fields.Month = month;
            if (i < text.Length && text[i] == '-')
            {
                i++;
                if (!Digits(text, ref i, strict ? 2 : 1, 2, out var day))
                {
                    return false;
                }

                fields.Day = day;
                if (i < text.Length && text[i] == 'T')
                {
                    i++;
                    if (!Time(text, ref i, fields))
                    {
                        return false;
                    }
                }
            }
        }

        return i == text.Length;
    }

    public string Format(long millis, TimeZoneInfo zone)
    {
        var local = TimeZones.MillisToLocal(millis, zone);
        var builder = new StringBuilder(local.ToString(nanos ? "yyyy-MM-dd'T'HH:mm:ss.fffffff" : "yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture));
        if (nanos)
        {
            builder.Append("00");
        }

        var offset = TimeZones.OffsetAt(millis, zone);
        builder.Append(offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    private bool Time(string text, ref int i, DateFields fields)
    {
        if (i == text.Length)
        {
            return true;
        }

        if (char.IsDigit(text[i]))
        {
            if (!Digits(text, ref i, strict ? 2 : 1, 2, out var hour))
            {
                return false;
            }

            fields.Hour = hour;
            if (i < text.Length && text[i] == ':')
            {
                i++;
                if (!Digits(text, ref i, strict ? 2 : 1, 2, out var minute))
                {
                    return false;
                }

                fields.Minute = minute;
                if (i < text.Length && text[i] == ':')
                {
                    i++;
                    if (!Digits(text, ref i, strict ? 2 : 1, 2, out var second))
                    {
                        return false;
                    }

                    fields.Second = second;
                    if (i < text.Length && text[i] is '.' or ',')
                    {
                        i++;
                        var start = i;
                        while (i < text.Length && i - start < 9 && char.IsAsciiDigit(text[i]))
                        {
                            i++;
                        }

                        if (i == start)
                        {
                            return false;
                        }

                        var fraction = text[start..i].PadRight(9, '0');
                        fields.Nanos = int.Parse(fraction, CultureInfo.InvariantCulture);
                    }
                }
            }
        }

        return i == text.Length || Zone(text, ref i, fields);
    }

    internal static bool Zone(string text, ref int i, DateFields fields)
    {
        if (text[i] == 'Z')
        {
            i++;
            fields.Offset = TimeSpan.Zero;
            return true;
        }

        if (text[i] is not ('+' or '-'))
        {
            return false;
        }

        var sign = text[i] == '-' ? -1 : 1;
        i++;
        if (!Digits(text, ref i, 2, 2, out var hours))
        {
            return false;
        }

        var minutes = 0;
        if (i < text.Length && text[i] == ':')
        {
            i++;
            if (!Digits(text, ref i, 2, 2, out minutes))
            {
                return false;
            }
        }
        else if (i < text.Length && char.IsAsciiDigit(text[i]) && !Digits(text, ref i, 2, 2, out minutes))
        {
            return false;
        }

        if (hours > 18 || minutes > 59)
        {
            return false;
        }

        fields.Offset = new TimeSpan(hours, minutes, 0) * sign;
        return true;
    }

    internal static bool Digits(string text, ref int i, int min, int max, out int value)
    {
        value = 0;
        var start = i;
        while (i < text.Length && i - start < max && char.IsAsciiDigit(text[i]))
        {
            if (value > 100_000_000)
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
            i++;
        }

        return i - start >= min;
    }
}
