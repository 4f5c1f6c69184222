namespace PikaMigrate.Core.Migrations;

/// <summary>One verification check and its verdict.</summary>
/// <param name="Name">What is checked, e.g. "chat-session items have the new attribute".</param>
/// <param name="Passed">True when the check holds.</param>
/// <param name="Summary">The counts behind the verdict, e.g. "0 of 15234 documents lack it".</param>
/// <param name="Examples">A few ids that fail the check, for the operator to look at.</param>
/// <param name="Fix">When failed: what mends it, naming the command.</param>
public sealed record CheckResult(string Name, bool Passed, string Summary, IReadOnlyList<string> Examples, string? Fix = null);
