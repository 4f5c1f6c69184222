using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary>
/// <c>type a = 1, b;</c>: stores each initializer cast to the declared type, or the type's default
/// (0, false or null), every time it runs, so a declaration inside a loop starts fresh on each iteration.
/// </summary>
internal sealed class DeclarationStatement(int offset, Declarator[] declarators) : Statement(offset)
{
    public override Completion Execute(Frame frame)
    {
        foreach (var declarator in declarators)
        {
            var variable = declarator.Variable;
            frame.Slots[variable.Slot] = declarator.Initializer is null
                ? PainlessTypes.DefaultValue(variable.Type)
                : Conversions.Implicit(declarator.Initializer.Evaluate(frame), variable.Type, declarator.Offset);
        }

        return Completion.Normal;
    }
}
