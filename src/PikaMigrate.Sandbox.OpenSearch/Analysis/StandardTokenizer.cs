using System.Globalization;
using System.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Analysis;

/// <summary>
/// Lucene's StandardTokenizer (Unicode UAX#29 word boundaries) for the cases that matter here: letters and digits
/// join, <c>_</c> joins, <c>.</c> and <c>'</c> join letters or digits on both sides, <c>:</c> joins letters,
/// <c>,</c> and <c>;</c> join digits; every ideograph and hiragana is a token of its own; everything else splits.
/// So <c>internal-user</c> → <c>internal</c>, <c>user</c>; <c>user@example.com</c> → <c>user</c>, <c>example.com</c>;
/// <c>foo_bar</c> and <c>v1.2</c> stay whole. Tokens longer than 255 characters are split.
/// </summary>
internal static class StandardTokenizer
{
    public const int MaxTokenLength = 255;

    private enum WordClass
    {
        Other,
        Letter,
        Numeric,
        Katakana,
        ExtendNumLet,
        MidLetter,
        MidNum,
        MidNumLet,
        SingleQuote,
        Extend,
        Single,
    }

    public static void Tokenize(string text, List<string> tokens)
    {
        var runes = new List<(Rune Rune, int Index)>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            runes.Add((rune, i));
            i += Math.Max(consumed, 1);
        }

        var classes = runes.Select(r => Classify(r.Rune)).ToArray();
        var position = 0;
        while (position < runes.Count)
        {
            var cls = classes[position];
            if (cls == WordClass.Single)
            {
                var end = SkipExtend(classes, position + 1);
                Emit(text, runes, position, end, tokens);
                position = end;
                continue;
            }

            if (cls is not (WordClass.Letter or WordClass.Numeric or WordClass.Katakana or WordClass.ExtendNumLet))
            {
                position++;
                continue;
            }

            var start = position;
            var last = cls;
            var hasWord = cls != WordClass.ExtendNumLet;
            var cursor = SkipExtend(classes, position + 1);
            while (cursor < runes.Count)
            {
                var next = classes[cursor];
                if (Joins(last, next))
                {
                    last = next;
                    hasWord |= next != WordClass.ExtendNumLet;
                    cursor = SkipExtend(classes, cursor + 1);
                    continue;
                }

                var after = SkipExtend(classes, cursor + 1);
                if (after < runes.Count && JoinsAcross(last, next, classes[after]))
                {
                    last = classes[after];
                    cursor = SkipExtend(classes, after + 1);
                    continue;
                }

                break;
            }

            if (hasWord)
            {
                Emit(text, runes, start, cursor, tokens);
            }

            position = cursor;
        }
    }

    private static bool Joins(WordClass left, WordClass right) => (left, right) switch
    {
        (WordClass.Letter or WordClass.Numeric, WordClass.Letter or WordClass.Numeric) => true,
        (WordClass.Katakana, WordClass.Katakana) => true,
        (WordClass.Letter or WordClass.Numeric or WordClass.Katakana or WordClass.ExtendNumLet, WordClass.ExtendNumLet) => true,
        (WordClass.ExtendNumLet, WordClass.Letter or WordClass.Numeric or WordClass.Katakana) => true,
        _ => false,
    };

    private static bool JoinsAcross(WordClass left, WordClass middle, WordClass right) =>
        (left == WordClass.Letter && right == WordClass.Letter && middle is WordClass.MidLetter or WordClass.MidNumLet or WordClass.SingleQuote)
        || (left == WordClass.Numeric && right == WordClass.Numeric && middle is WordClass.MidNum or WordClass.MidNumLet or WordClass.SingleQuote);

    private static int SkipExtend(WordClass[] classes, int index)
    {
        while (index < classes.Length && classes[index] == WordClass.Extend)
        {
            index++;
        }

        return index;
    }

    private static void Emit(string text, List<(Rune Rune, int Index)> runes, int start, int end, List<string> tokens)
    {
        var from = runes[start].Index;
        var to = end < runes.Count ? runes[end].Index : text.Length;
        for (var offset = from; offset < to; offset += MaxTokenLength)
        {
            tokens.Add(text.Substring(offset, Math.Min(MaxTokenLength, to - offset)));
        }
    }

    private static WordClass Classify(Rune rune)
    {
        var value = rune.Value;
        switch (value)
        {
            case '_':
                return WordClass.ExtendNumLet;
            case '\'':
                return WordClass.SingleQuote;
            case '.' or 0x2018 or 0x2019 or 0x2024 or 0xFE52 or 0xFF07 or 0xFF0E:
                return WordClass.MidNumLet;
            case ':' or 0x00B7 or 0x0387 or 0x05F4 or 0x2027 or 0xFE13 or 0xFE55 or 0xFF1A:
                return WordClass.MidLetter;
            case ',' or ';' or 0x037E or 0x0589 or 0x060C or 0x060D or 0x066C or 0x07F8 or 0x2044 or 0xFE10 or 0xFE14 or 0xFE50 or 0xFE54 or 0xFF0C or 0xFF1B:
                return WordClass.MidNum;
        }

        if (value is >= 0x3040 and <= 0x309F || IsIdeograph(value) || IsEmoji(value))
        {
            return WordClass.Single;
        }

        if (value is >= 0x30A0 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0xFF66 and <= 0xFF9F)
        {
            return WordClass.Katakana;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => WordClass.Letter,
            UnicodeCategory.DecimalDigitNumber => WordClass.Numeric,
            UnicodeCategory.ConnectorPunctuation => WordClass.ExtendNumLet,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => WordClass.Extend,
            _ => WordClass.Other,
        };
    }

    private static bool IsIdeograph(int value) =>
        value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x2FA1F or 0x3005 or 0x3007;

    private static bool IsEmoji(int value) => value is >= 0x1F300 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF;
}
