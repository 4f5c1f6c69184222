namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>==</c> and <c>!=</c> (equals()), <c>===</c> and <c>!==</c> (identity).</summary>
internal enum EqualityOperator
{
    Equal,
    NotEqual,
    Identical,
    NotIdentical,
}
