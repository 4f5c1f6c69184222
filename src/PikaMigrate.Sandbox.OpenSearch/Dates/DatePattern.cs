using System.Globalization;
using System.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary>
/// A java.time-style pattern such as <c>yyyy-MM-dd</c> or <c>yyyy/MM/dd HH:mm:ss</c> (OpenSearch's ROOT locale, ISO weeks:
/// Monday is day 1): letters y u M L d D H h k K m s S a E e c G Z X x, quoted literals and <c>[optional]</c> sections;
/// Q q w Y print but do not parse (an error names them). Other pattern letters are rejected when the format is built.
/// </summary>
internal sealed class DatePattern : IDateFormatPart
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
    private static readonly string[] MonthAbbreviations = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
    private static readonly string[] DayNames = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;
    private static readonly string[] DayAbbreviations = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames;

    private readonly List<Token> _tokens;
    private readonly bool _lenient;

    public DatePattern(string pattern, bool lenient = false)
    {
        var i = 0;
        _tokens = Compile(pattern, ref i, nested: false);
        _lenient = lenient;
    }

    public bool TryParse(string text, out DateFields fields)
    {
        fields = new DateFields();
        var i = 0;
        return Parse(_tokens, text, ref i, fields) && i == text.Length;
    }

    public string Format(long millis, TimeZoneInfo zone)
    {
        var builder = new StringBuilder();
        Print(_tokens, TimeZones.MillisToLocal(millis, zone), TimeZones.OffsetAt(millis, zone), builder);
        return builder.ToString();
    }

    private static List<Token> Compile(string pattern, ref int i, bool nested)
    {
        var tokens = new List<Token>();
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == ']' && nested)
            {
                i++;
                return tokens;
            }

            if (c == '[')
            {
                i++;
                tokens.Add(new Token(Optional: Compile(pattern, ref i, nested: true)));
            }
            else if (c == '\'')
            {
                var end = pattern.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    throw new DateParseException($"Invalid format: [{pattern}]: Pattern ends with an incomplete string literal: {pattern}");
                }

                tokens.Add(new Token(Literal: end == i + 1 ? "'" : pattern[(i + 1)..end]));
                i = end + 1;
            }
            else if (char.IsAsciiLetter(c))
            {
                if ("yuMLdDHhkKmsSaEecGQqwYZXx".IndexOf(c, StringComparison.Ordinal) < 0)
                {
                    throw new DateParseException($"Invalid format: [{pattern}]: Unknown pattern letter: {c}");
                }

                var start = i;
                while (i < pattern.Length && pattern[i] == c)
                {
                    i++;
                }

                tokens.Add(new Token(Letter: c, Count: i - start));
            }
            else
            {
                tokens.Add(new Token(Literal: c.ToString()));
                i++;
            }
        }

        return tokens;
    }

    private bool Parse(List<Token> tokens, string text, ref int i, DateFields fields)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Optional is { } optional)
            {
                var saved = i;
                var trial = Copy(fields);
                if (Parse(optional, text, ref i, trial))
                {
                    CopyInto(trial, fields);
                }
                else
                {
                    i = saved;
                }

                continue;
            }

            if (token.Literal is { } literal)
            {
                if (!text.AsSpan(i).StartsWith(literal, StringComparison.Ordinal))
                {
                    return false;
                }

                i += literal.Length;
                continue;
            }

            var adjacent = t + 1 < tokens.Count && tokens[t + 1].Letter is 'y' or 'u' or 'M' or 'd' or 'D' or 'H' or 'h' or 'k' or 'K' or 'm' or 's' or 'S';
            if (!Field(token.Letter, token.Count, adjacent, text, ref i, fields))
            {
                return false;
            }
        }

        return true;
    }

    private bool Field(char letter, int count, bool adjacent, string text, ref int i, DateFields fields)
    {
        int value;
        switch (letter)
        {
            case 'y' or 'u':
                if (count == 2)
                {
                    if (!IsoOptionalTime.Digits(text, ref i, 2, 2, out value))
                    {
                        return false;
                    }

                    fields.Year = 2000 + value;
                    return true;
                }

                if (!IsoOptionalTime.Digits(text, ref i, _lenient ? 1 : count, adjacent ? count : 10, out value))
                {
                    return false;
                }

                fields.Year = value;
                return true;
            case 'M':
                if (count >= 3)
                {
                    var names = count == 3 ? MonthAbbreviations : MonthNames;
                    var rest = text[i..];
                    var index = Array.FindIndex(names, n => n.Length > 0 && rest.StartsWith(n, StringComparison.OrdinalIgnoreCase));
                    if (index < 0)
                    {
                        return false;
                    }

                    i += names[index].Length;
                    fields.Month = index + 1;
                    return true;
                }

                if (!Number(text, ref i, count, adjacent, out value))
                {
                    return false;
                }

                fields.Month = value;
                return true;
            case 'Q' or 'q' or 'w' or 'Y':
                throw new DateParseException($"parsing the pattern letter [{letter}] is not supported by the pika-migrate sandbox engine");
            case 'G':
                if (!text.AsSpan(i).StartsWith("AD", StringComparison.Ordinal))
                {
                    return false;
                }

                i += 2;
                return true;
            case 'e' or 'c' when count <= 2:
                // The day of the week as a number is checked, not used: the date is fixed by its other fields.
                return Number(text, ref i, count, adjacent, out value) && value is >= 1 and <= 7;
            case 'D':
                if (!IsoOptionalTime.Digits(text, ref i, _lenient ? 1 : count, adjacent ? count : 3, out value))
                {
                    return false;
                }

                fields.DayOfYear = value;
                return true;
            case 'E' or 'e' or 'c':
            {
                var names = count <= 3 ? DayAbbreviations : DayNames;
                var rest = text[i..];
                var index = Array.FindIndex(names, n => rest.StartsWith(n, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    return false;
                }

                i += names[index].Length;
                return true;
            }

            case 'a':
                if (text.AsSpan(i).StartsWith("AM", StringComparison.OrdinalIgnoreCase) || text.AsSpan(i).StartsWith("PM", StringComparison.OrdinalIgnoreCase))
                {
                    fields.Pm = char.ToUpperInvariant(text[i]) == 'P';
                    i += 2;
                    return true;
                }

                return false;
            case 'S':
            {
                var start = i;
                if (!IsoOptionalTime.Digits(text, ref i, count, count, out _))
                {
                    return false;
                }

                fields.Nanos = int.Parse(text[start..i].PadRight(9, '0')[..9], CultureInfo.InvariantCulture);
                return true;
            }

            case 'Z' or 'X' or 'x':
                if (i >= text.Length || (letter == 'x' && text[i] == 'Z'))
                {
                    return false;
                }

                return IsoOptionalTime.Zone(text, ref i, fields);
            default:
                if (!Number(text, ref i, count, adjacent, out value))
                {
                    return false;
                }

                switch (letter)
                {
                    case 'd':
                        fields.Day = value;
                        break;
                    case 'H' or 'h' or 'K':
                        fields.Hour = value;
                        break;
                    case 'k':
                        fields.Hour = value % 24;
                        break;
                    case 'm':
                        fields.Minute = value;
                        break;
                    default:
                        fields.Second = value;
                        break;
                }

                return true;
        }
    }

    private bool Number(string text, ref int i, int count, bool adjacent, out int value) =>
        IsoOptionalTime.Digits(text, ref i, count == 1 || _lenient ? 1 : 2, adjacent ? count : 2, out value);

    private static void Print(List<Token> tokens, DateTime local, TimeSpan offset, StringBuilder builder)
    {
        foreach (var token in tokens)
        {
            if (token.Optional is { } optional)
            {
                Print(optional, local, offset, builder);
                continue;
            }

            if (token.Literal is { } literal)
            {
                builder.Append(literal);
                continue;
            }

            var count = token.Count;
            var text = token.Letter switch
            {
                'y' or 'u' => count == 2 ? (local.Year % 100).ToString("00", CultureInfo.InvariantCulture) : local.Year.ToString(new string('0', count), CultureInfo.InvariantCulture),
                'M' => count switch
                {
                    1 => local.Month.ToString(CultureInfo.InvariantCulture),
                    2 => local.Month.ToString("00", CultureInfo.InvariantCulture),
                    3 => MonthAbbreviations[local.Month - 1],
                    _ => MonthNames[local.Month - 1],
                },
                'd' => Pad(local.Day, count),
                'H' => Pad(local.Hour, count),
                'h' => Pad(local.Hour % 12 == 0 ? 12 : local.Hour % 12, count),
                'm' => Pad(local.Minute, count),
                's' => Pad(local.Second, count),
                'S' => ((local.Ticks % TimeSpan.TicksPerSecond) * 100).ToString("000000000", CultureInfo.InvariantCulture)[..Math.Min(count, 9)],
                'a' => local.Hour < 12 ? "AM" : "PM",
                'E' => count <= 3 ? DayAbbreviations[(int)local.DayOfWeek] : DayNames[(int)local.DayOfWeek],
                'e' or 'c' when count <= 2 => Pad(IsoDayOfWeek(local), count),
                'e' or 'c' => count == 3 ? DayAbbreviations[(int)local.DayOfWeek] : DayNames[(int)local.DayOfWeek],
                'D' => local.DayOfYear.ToString(new string('0', count), CultureInfo.InvariantCulture),
                'k' => Pad(local.Hour == 0 ? 24 : local.Hour, count),
                'K' => Pad(local.Hour % 12, count),
                'G' => count == 4 ? "Anno Domini" : "AD",
                'Q' or 'q' => count switch
                {
                    <= 2 => Pad(((local.Month - 1) / 3) + 1, count),
                    3 => "Q" + (((local.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture),
                    _ => Ordinal(((local.Month - 1) / 3) + 1) + " quarter",
                },
                'w' => Pad(ISOWeek.GetWeekOfYear(local), count),
                'Y' => count == 2 ? (ISOWeek.GetYear(local) % 100).ToString("00", CultureInfo.InvariantCulture) : ISOWeek.GetYear(local).ToString(new string('0', count), CultureInfo.InvariantCulture),
                _ => Offset(token.Letter, count, offset),
            };
            builder.Append(text);
        }
    }

    private static string Pad(int value, int count) => value.ToString(count >= 2 ? "00" : "0", CultureInfo.InvariantCulture);

    /// <summary>ISO day of week (OpenSearch formats in the ROOT locale with ISO week rules): Monday 1 … Sunday 7.</summary>
    private static int IsoDayOfWeek(DateTime local) => ((int)local.DayOfWeek + 6) % 7 + 1;

    private static string Ordinal(int n) => n switch
    {
        1 => "1st",
        2 => "2nd",
        3 => "3rd",
        _ => n.ToString(CultureInfo.InvariantCulture) + "th",
    };

    private static string Offset(char letter, int count, TimeSpan offset)
    {
        if (offset == TimeSpan.Zero && (letter == 'X' || (letter == 'Z' && count == 5)))
        {
            return "Z";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var hours = Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture);
        var minutes = Math.Abs(offset.Minutes).ToString("00", CultureInfo.InvariantCulture);
        return (letter, count) switch
        {
            ('Z', < 4) or (_, 2) => sign + hours + minutes,
            (_, 1) => sign + hours + (offset.Minutes != 0 ? minutes : ""),
            _ => sign + hours + ":" + minutes,
        };
    }

    private static DateFields Copy(DateFields f) => new()
    {
        Year = f.Year, Month = f.Month, Day = f.Day, DayOfYear = f.DayOfYear, Hour = f.Hour, Minute = f.Minute, Second = f.Second, Nanos = f.Nanos, Pm = f.Pm, Offset = f.Offset,
    };

    private static void CopyInto(DateFields from, DateFields to)
    {
        to.Year = from.Year;
        to.Month = from.Month;
        to.Day = from.Day;
        to.DayOfYear = from.DayOfYear;
        to.Hour = from.Hour;
        to.Minute = from.Minute;
        to.Second = from.Second;
        to.Nanos = from.Nanos;
        to.Pm = from.Pm;
        to.Offset = from.Offset;
    }

    private sealed record Token(string? Literal = null, char Letter = '\0', int Count = 0, List<Token>? Optional = null);
}
