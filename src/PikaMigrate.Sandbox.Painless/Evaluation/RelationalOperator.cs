namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>The ordering comparisons <c>&lt; &lt;= &gt; &gt;=</c>.</summary>
internal enum RelationalOperator
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
