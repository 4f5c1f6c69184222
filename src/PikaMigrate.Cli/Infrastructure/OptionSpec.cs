using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>An option that takes a value, as its settings property declares it: its names, its type, and what it allows.</summary>
/// <param name="Description">The option's help text, which says what a text value is.</param>
internal sealed record OptionSpec(IReadOnlyList<string> Names, Type Type, RangeAttribute? Range, AllowedValuesAttribute? Allowed, string Description)
{
    private bool IsWholeNumber => Type == typeof(int) || Type == typeof(long);

    private bool IsNumber => IsWholeNumber || Type == typeof(double);

    /// <summary>What the option takes, e.g. "a whole number from 1 to 10000", "es or aoss", or its description.</summary>
    public string Takes
    {
        get
        {
            if (Allowed is not null)
            {
                var values = Allowed.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).ToList();
                return values.Count == 1 ? values[0]! : $"{string.Join(", ", values[..^1])} or {values[^1]}";
            }

            if (!IsNumber)
            {
                return Description.Length == 0 ? "a value" : char.ToLowerInvariant(Description[0]) + Description[1..].TrimEnd('.');
            }

            var kind = IsWholeNumber ? "a whole number" : "a number";
            return Range switch
            {
                null => kind,
                { MinimumIsExclusive: true, Maximum: var max } when IsUnbounded(max) => $"{kind} greater than {Range.Minimum}",
                { Maximum: var max } when IsUnbounded(max) => $"{kind} of at least {Range.Minimum}",
                _ => $"{kind} from {Range.Minimum} to {Range.Maximum}",
            };
        }
    }

    /// <summary>Why <paramref name="value"/> is refused for the option, or null when it is taken.</summary>
    public string? Refuse(string name, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{name} is given an empty value; it takes {Takes}.";
        }

        object parsed = value;
        if (IsWholeNumber)
        {
            if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                || (Type == typeof(int) && whole is < int.MinValue or > int.MaxValue))
            {
                return NotOne(name, value);
            }

            parsed = Type == typeof(int) ? (int)whole : whole;
        }
        else if (Type == typeof(double))
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                return NotOne(name, value);
            }

            parsed = number;
        }

        return (Range is null || Range.IsValid(parsed)) && (Allowed is null || Allowed.IsValid(parsed)) ? null : NotOne(name, value);
    }

    private string NotOne(string name, string value) => $"{name} takes {Takes}; '{value}' is not one.";

    private static bool IsUnbounded(object maximum) => maximum is int.MaxValue or long.MaxValue or double.MaxValue;
}
