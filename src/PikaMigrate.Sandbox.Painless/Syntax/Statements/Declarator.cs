using PikaMigrate.Sandbox.Painless.Syntax.Expressions;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary>One variable of a declaration: <c>x = value</c> or just <c>x</c>.</summary>
internal sealed record Declarator(int Offset, LocalVariable Variable, Expression? Initializer);
