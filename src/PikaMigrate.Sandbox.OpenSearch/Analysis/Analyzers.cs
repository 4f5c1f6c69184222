using System.Diagnostics.CodeAnalysis;

namespace PikaMigrate.Sandbox.OpenSearch.Analysis;

/// <summary>
/// The analyzers this engine implements: <c>standard</c> (the default: standard tokenizer + lowercase),
/// <c>simple</c>, <c>whitespace</c> and <c>keyword</c>. Custom analysis settings are not supported.
/// </summary>
internal static class Analyzers
{
    public static readonly Analyzer Standard = new Delegating("standard", (text, tokens) =>
    {
        var start = tokens.Count;
        StandardTokenizer.Tokenize(text, tokens);
        for (var i = start; i < tokens.Count; i++)
        {
            tokens[i] = tokens[i].ToLowerInvariant();
        }
    });

    private static readonly Dictionary<string, Analyzer> ByName = new(StringComparer.Ordinal)
    {
        ["default"] = Standard,
        ["standard"] = Standard,
        ["simple"] = new Delegating("simple", (text, tokens) => Split(text, tokens, char.IsLetter, lowercase: true)),
        ["whitespace"] = new Delegating("whitespace", (text, tokens) => Split(text, tokens, c => !char.IsWhiteSpace(c), lowercase: false)),
        ["keyword"] = new Delegating("keyword", (text, tokens) => tokens.Add(text)),
    };

    public static IEnumerable<string> Names => ByName.Keys.Where(n => n != "default");

    public static bool TryGet(string name, [NotNullWhen(true)] out Analyzer? analyzer) => ByName.TryGetValue(name, out analyzer);

    private static void Split(string text, List<string> tokens, Func<char, bool> inToken, bool lowercase)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && inToken(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                var token = text[start..i];
                tokens.Add(lowercase ? token.ToLowerInvariant() : token);
                start = -1;
            }
        }
    }

    private sealed class Delegating(string name, Action<string, List<string>> analyze) : Analyzer(name)
    {
        public override void Analyze(string text, List<string> tokens) => analyze(text, tokens);
    }
}
