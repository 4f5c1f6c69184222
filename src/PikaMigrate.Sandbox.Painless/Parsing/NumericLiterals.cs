using System.Globalization;
using PikaMigrate.Sandbox.Painless.Errors;
using PikaMigrate.Sandbox.Painless.Lexing;

namespace PikaMigrate.Sandbox.Painless.Parsing;

/// <summary>
/// Gives numeric tokens their value as Painless's ENumeric/EDecimal do: no suffix is int (or double with a
/// fraction or exponent), <c>L</c> long, <c>F</c> float (carried as a double), <c>D</c> double; hex and octal
/// integers; out-of-range constants are compile errors. A leading minus is folded in so -2147483648 is valid.
/// </summary>
internal static class NumericLiterals
{
    public static object Parse(string source, Token token, bool negate)
    {
        var text = token.Text;
        var isHex = IsHex(text);
        // In hex literals f and d are digits, so only L can be a suffix there.
        var suffix = char.ToLowerInvariant(text[^1]);
        if (isHex ? suffix != 'l' : suffix is not ('l' or 'f' or 'd'))
        {
            suffix = '\0';
        }

        var body = suffix == '\0' ? text : text[..^1];
        var sign = negate ? "-" : "";

        if (token.Kind == TokenKind.Decimal || suffix is 'f' or 'd')
        {
            var value = double.Parse(sign + body, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (suffix == 'f')
            {
                var single = (float)value;
                return float.IsFinite(single) ? (double)single : throw Invalid(source, token, "float", sign + text);
            }

            return double.IsFinite(value) ? value : throw Invalid(source, token, "double", sign + text);
        }

        var magnitude = ParseMagnitude(body);
        var isLong = suffix == 'l';
        var limit = isLong ? (negate ? (decimal)long.MaxValue + 1 : long.MaxValue) : (negate ? (decimal)int.MaxValue + 1 : int.MaxValue);
        if (magnitude is null || magnitude > limit)
        {
            throw Invalid(source, token, isLong ? "long" : "int", sign + text);
        }

        var signed = negate ? -magnitude.Value : magnitude.Value;
        return isLong ? (object)(long)signed : (int)signed;
    }

    private static bool IsHex(string text) => text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);

    private static decimal? ParseMagnitude(string body)
    {
        var (digits, radix) = IsHex(body) ? (body[2..], 16)
            : body.Length > 1 && body[0] == '0' ? (body[1..], 8)
            : (body, 10);
        decimal value = 0;
        foreach (var digit in digits)
        {
            value = value * radix + (char.IsAsciiDigit(digit) ? digit - '0' : char.ToLowerInvariant(digit) - 'a' + 10);
            if (value > ulong.MaxValue)
            {
                return null;
            }
        }

        return value;
    }

    private static PainlessException Invalid(string source, Token token, string type, string text) =>
        ScriptErrors.Compile(source, token.Start, CauseTypes.IllegalArgument, $"Invalid {type} constant [{text}].");
}
