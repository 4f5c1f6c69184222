using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>A read-modify-write (<c>x += y</c>, <c>x++</c>): computes the new value from the current one.</summary>
internal interface IValueUpdate
{
    object? Compute(object? current, Frame frame);
}
