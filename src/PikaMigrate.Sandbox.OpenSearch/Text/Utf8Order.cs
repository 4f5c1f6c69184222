namespace PikaMigrate.Sandbox.OpenSearch.Text;

/// <summary>String order as Lucene compares terms: by UTF-8 bytes (code points), not UTF-16 units.</summary>
internal sealed class Utf8Order : IComparer<string>
{
    public static readonly Utf8Order Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            var a = x[i];
            var b = y[i];
            if (a != b)
            {
                return Fix(a) - Fix(b);
            }
        }

        return x.Length - y.Length;
    }

    /// <summary>Moves surrogates above U+E000–U+FFFF so UTF-16 units sort in code point order.</summary>
    private static int Fix(char c) => c >= 0xE000 ? c - 0x800 : char.IsSurrogate(c) ? c + 0x2000 : c;
}
