using PikaMigrate.Sandbox.Painless.Syntax.Statements;

namespace PikaMigrate.Sandbox.Painless.Parsing;

/// <summary>
/// What the parser hands to <see cref="PainlessScript"/>: the checked tree, how many slots a frame needs, and
/// where statements start (runtime errors quote the failing statement).
/// </summary>
internal sealed record ParsedScript(BlockStatement Body, int SlotCount, int[] StatementStarts);
