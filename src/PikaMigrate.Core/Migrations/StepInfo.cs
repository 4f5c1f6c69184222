namespace PikaMigrate.Core.Migrations;

/// <summary>What a step is, in the guide's terms.</summary>
/// <param name="Id">The guide's step, e.g. <c>A1</c>; unique within its migration and the ledger's key.</param>
/// <param name="Name">The guide's tool name, e.g. <c>update-session-mapping</c>.</param>
/// <param name="Title">One line for plans and status, e.g. "Add the keyword twins to the session mapping".</param>
/// <param name="Store">The store the step writes.</param>
/// <param name="Command">The command that runs the step alone, e.g. <c>pika-migrate os update-session-mapping</c>.</param>
public sealed record StepInfo(string Id, string Name, string Title, StoreKind Store, string Command);
