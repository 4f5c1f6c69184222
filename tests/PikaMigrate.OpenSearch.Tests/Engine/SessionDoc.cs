using PikaMigrate.OpenSearch.Sessions;

namespace PikaMigrate.OpenSearch.Tests.Engine;

/// <summary>What a test expects one session document to hold in the six fields the migration is about.</summary>
internal sealed record SessionDoc(string Id, Dictionary<string, string?> Fields)
{
    public string? this[string field] => Fields.GetValueOrDefault(field);

    public bool Lacks(KeywordTwin pair) => this[pair.Source] is not null && this[pair.Twin] is null;

    public bool Differs(KeywordTwin pair) => this[pair.Source] is { } value && this[pair.Twin] is { } twin && twin != value;

    public bool NeedsCopy => KeywordTwin.All.Any(p => Lacks(p) || Differs(p));
}
