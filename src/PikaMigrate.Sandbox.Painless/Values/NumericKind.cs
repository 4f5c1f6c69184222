namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>The result type of Java numeric promotion.</summary>
internal enum NumericKind
{
    Int,
    Long,
    Double,
}
