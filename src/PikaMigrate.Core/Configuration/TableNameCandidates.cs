namespace PikaMigrate.Core.Configuration;

/// <summary>
/// The names a Pika table may have. The Pika code names tables <c>chat-session-&lt;project&gt;-&lt;stage&gt;</c>;
/// the guide's sample output shows <c>&lt;project&gt;-&lt;stage&gt;-chat-session</c>. Both are looked up; an
/// operator override replaces them.
/// </summary>
public sealed record TableNameCandidates(string Kind, IReadOnlyList<string> Names, bool IsOverride)
{
    public static TableNameCandidates For(string kind, string stackName, string? overrideName) =>
        overrideName is { Length: > 0 }
            ? new(kind, [overrideName], true)
            : new(kind, [$"{kind}-{stackName}", $"{stackName}-{kind}"], false);
}
