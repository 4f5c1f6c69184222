namespace PikaMigrate.Core.Migrations;

/// <summary>What a step is, in the guide's terms.</summary>
/// <param name="Id">The guide's name for the step; unique within its migration and the ledger's key.</param>
/// <param name="Name">The guide's tool name, which is also its command's name.</param>
/// <param name="Title">One line for plans and status.</param>
/// <param name="Store">The store the step writes.</param>
/// <param name="Command">The command line that runs the step alone.</param>
public sealed record StepInfo(string Id, string Name, string Title, StoreKind Store, string Command);
