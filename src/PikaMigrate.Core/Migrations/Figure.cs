namespace PikaMigrate.Core.Migrations;

/// <summary>One of a step's figures, named as the guide prints it (e.g. <c>Scanned</c>, <c>Version conflicts</c>).</summary>
public sealed record Figure(string Name, long Value);
