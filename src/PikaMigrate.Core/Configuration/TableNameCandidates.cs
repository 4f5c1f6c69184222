namespace PikaMigrate.Core.Configuration;

/// <summary>
/// The names a Pika table may have. The Pika code names tables <c>&lt;kind&gt;-&lt;project&gt;-&lt;stage&gt;</c>;
/// the guide's sample output shows <c>&lt;project&gt;-&lt;stage&gt;-&lt;kind&gt;</c>. Both are looked up; an
/// operator override replaces them.
/// </summary>
/// <param name="OverrideOption">The command-line option that names the table instead, if the tool has one.</param>
public sealed record TableNameCandidates(string Kind, IReadOnlyList<string> Names, bool IsOverride, string? OverrideOption = null)
{
    public static TableNameCandidates For(string kind, string stackName, string? overrideName, string? overrideOption = null) =>
        overrideName is { Length: > 0 }
            ? new(kind, [overrideName], true, overrideOption)
            : new(kind, [$"{kind}-{stackName}", $"{stackName}-{kind}"], false, overrideOption);
}
