namespace PikaMigrate.Core.Configuration;

/// <summary>
/// A DynamoDB table of a Pika deployment, by its kind (e.g. <c>chat-session</c>): the names it may have, and the
/// command-line option with which the operator names it instead, when the tool has one.
/// </summary>
/// <param name="Title">How the guide's "Environment:" block names it, e.g. "Chat Session Table".</param>
/// <param name="Override">The operator's name for it, read from the settings.</param>
public sealed record PikaTable(string Kind, string Title, string? OverrideOption = null, Func<PikaSettings, string?>? Override = null)
{
    public TableNameCandidates Candidates(PikaSettings settings) =>
        TableNameCandidates.For(Kind, settings.StackName, Override?.Invoke(settings), OverrideOption);
}
