using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.Verification;

namespace PikaMigrate.Migrations.Tests.V0_11_0;

/// <summary>What a test expects one session document to hold in the six fields the migration is about.</summary>
internal sealed record SessionDoc(string Id, Dictionary<string, string?> Fields)
{
    public string? this[string field] => Fields.GetValueOrDefault(field);

    public bool Lacks(KeywordTwin pair) => this[pair.Source] is not null && this[pair.Twin] is null;

    public bool Differs(KeywordTwin pair) => this[pair.Source] is { } value && this[pair.Twin] is { } twin && twin != value;

    public bool NeedsCopy => KeywordTwin.All.Any(p => Lacks(p) || Differs(p));
}
