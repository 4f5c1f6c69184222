using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax;

/// <summary>
/// A declared variable: its slot in the frame, its declared type (stores are cast to it), and whether Painless
/// forbids assigning it (<c>ctx</c>, <c>params</c> and for-each variables).
/// </summary>
internal sealed record LocalVariable(string Name, int Slot, PainlessType Type, bool ReadOnly);
