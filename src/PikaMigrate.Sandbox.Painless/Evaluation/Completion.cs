namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>How a statement finished: control flow travels as a return value instead of exceptions.</summary>
internal enum Completion
{
    Normal,
    Break,
    Continue,
    Return,
}
