namespace PikaMigrate.Sandbox.OpenSearch.Analysis;

/// <summary>A built-in analyzer: turns a text value into the terms a text field indexes.</summary>
internal abstract class Analyzer(string name)
{
    public string Name { get; } = name;

    public List<string> Analyze(string text)
    {
        var tokens = new List<string>();
        Analyze(text, tokens);
        return tokens;
    }

    public abstract void Analyze(string text, List<string> tokens);
}
