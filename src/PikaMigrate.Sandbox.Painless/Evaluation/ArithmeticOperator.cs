namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>The binary math operators of the subset (also used by compound assignment and ++/--).</summary>
internal enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
}
