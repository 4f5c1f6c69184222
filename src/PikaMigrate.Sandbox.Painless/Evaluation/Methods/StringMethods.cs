using System.Security.Cryptography;
using System.Text;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation.Methods;

/// <summary><c>java.lang.String</c> methods, with Java's ordinal comparisons and index rules.</summary>
internal static class StringMethods
{
    public static object? Invoke(string text, MethodId id, ReadOnlySpan<object?> arguments, int offset)
    {
        switch (id, arguments.Length)
        {
            case (MethodId.Length, 0):
                return Boxes.Int(text.Length);
            case (MethodId.IsEmpty, 0):
                return Boxes.Bool(text.Length == 0);
            case (MethodId.ToLowerCase, 0):
                return text.ToLowerInvariant();
            case (MethodId.ToUpperCase, 0):
                return text.ToUpperInvariant();
            case (MethodId.Trim, 0):
                return JavaTrim(text);
            case (MethodId.Contains, 1):
                return Boxes.Bool(text.Contains(Conversions.ToStringArgument(arguments[0], offset), StringComparison.Ordinal));
            case (MethodId.StartsWith, 1):
                return Boxes.Bool(text.StartsWith(Conversions.ToStringArgument(arguments[0], offset), StringComparison.Ordinal));
            case (MethodId.EndsWith, 1):
                return Boxes.Bool(text.EndsWith(Conversions.ToStringArgument(arguments[0], offset), StringComparison.Ordinal));
            case (MethodId.IndexOf, 1):
                return Boxes.Int(text.IndexOf(Conversions.ToStringArgument(arguments[0], offset), StringComparison.Ordinal));
            case (MethodId.EqualsIgnoreCase, 1):
                return Boxes.Bool(arguments[0] is not null &&
                    string.Equals(text, Conversions.ToStringArgument(arguments[0], offset), StringComparison.OrdinalIgnoreCase));
            case (MethodId.Substring, 1):
                return Substring(text, Conversions.ToIntArgument(arguments[0], offset), text.Length, offset);
            case (MethodId.Substring, 2):
                return Substring(text,
                    Conversions.ToIntArgument(arguments[0], offset), Conversions.ToIntArgument(arguments[1], offset), offset);
            case (MethodId.Replace, 2):
                return Replace(text,
                    Conversions.ToStringArgument(arguments[0], offset), Conversions.ToStringArgument(arguments[1], offset));
            case (MethodId.Sha1, 0):
#pragma warning disable CA5350 // Painless's String.sha1() is SHA-1 by definition: a digest scripts ask for, not a security measure.
                return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5350
            case (MethodId.Sha256, 0):
                return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            default:
                return MethodDispatcher.NotFound;
        }
    }

    private static string Substring(string text, int begin, int end, int offset) =>
        begin < 0 || end > text.Length || begin > end
            ? throw RuntimeErrors.StringIndexOutOfBounds(offset, begin, end, text.Length)
            : text[begin..end];

    /// <summary>Java's <c>trim()</c> strips every character up to U+0020, not Unicode whitespace.</summary>
    private static string JavaTrim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && text[start] <= ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] <= ' ')
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>Java's literal <c>replace</c>; an empty target inserts the replacement around every character.</summary>
    private static string Replace(string text, string target, string replacement)
    {
        if (target.Length > 0)
        {
            return text.Replace(target, replacement, StringComparison.Ordinal);
        }

        var builder = new System.Text.StringBuilder(text.Length * (replacement.Length + 1) + replacement.Length);
        builder.Append(replacement);
        foreach (var character in text)
        {
            builder.Append(character).Append(replacement);
        }

        return builder.ToString();
    }
}
