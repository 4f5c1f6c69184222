using PikaMigrate.Sandbox.Painless.Errors;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;
using PikaMigrate.Sandbox.Painless.Syntax.Statements;

namespace PikaMigrate.Sandbox.Painless.Parsing;

/// <summary>
/// Painless's control-flow checks (DefaultSemanticAnalysisPhase): unreachable statements, break/continue
/// outside loops, a continue that is the last thing a loop does, empty or constant-condition ifs, and loops
/// that can never run more than once or never end.
/// </summary>
internal static class ControlFlowAnalyzer
{
    public static void Check(string source, BlockStatement script) => AnalyzeBlock(source, script, inLoop: false, lastInLoop: false);

    /// <param name="lastInLoop">The block's last statement is the last thing its loop's body does.</param>
    private static FlowFacts AnalyzeBlock(string source, BlockStatement block, bool inLoop, bool lastInLoop)
    {
        var statements = block.Statements;
        var facts = FlowFacts.None;
        for (var i = 0; i < statements.Count; i++)
        {
            var isLast = i == statements.Count - 1;
            var statementFacts = Analyze(source, statements[i], inLoop, isLast && lastInLoop);
            if (!isLast && statementFacts.HasFlag(FlowFacts.AllEscape))
            {
                throw Error(source, block.Offset, "invalid block: unreachable statement");
            }

            facts |= statementFacts & FlowFacts.AnyJump;
            if (isLast)
            {
                facts |= statementFacts & FlowFacts.Escapes;
            }
        }

        return facts;
    }

    private static FlowFacts Analyze(string source, Statement statement, bool inLoop, bool lastInLoop)
    {
        switch (statement)
        {
            case IfStatement conditional:
                return AnalyzeIf(source, conditional, inLoop, lastInLoop);
            case WhileStatement loop:
                return AnalyzeLoop(source, loop, ConstantCondition(loop.Condition), "while loop");
            case DoWhileStatement loop:
                if (loop.Body is null || ConstantCondition(loop.Condition) == false)
                {
                    throw Error(source, loop.Offset, "extraneous do-while loop");
                }

                return AnalyzeLoop(source, loop, ConstantCondition(loop.Condition), "do-while loop");
            case ForStatement loop:
                return AnalyzeLoop(source, loop, loop.Condition is null ? true : ConstantCondition(loop.Condition), "for loop");
            case ForEachStatement loop:
                if (loop.Body is null)
                {
                    throw Error(source, loop.Offset, "extraneous foreach loop");
                }

                return AnalyzeLoop(source, loop, null, "foreach loop");
            case ReturnStatement:
                return FlowFacts.Escapes;
            case BreakStatement:
                return inLoop
                    ? FlowFacts.AllEscape | FlowFacts.LoopEscape | FlowFacts.AnyBreak
                    : throw Error(source, statement.Offset, "invalid break statement: not inside loop");
            case ContinueStatement:
                if (!inLoop)
                {
                    throw Error(source, statement.Offset, "invalid continue statement: not inside loop");
                }

                return lastInLoop
                    ? throw Error(source, statement.Offset, "extraneous continue statement")
                    : FlowFacts.AllEscape | FlowFacts.AnyContinue;
            default:
                return FlowFacts.None;
        }
    }

    private static FlowFacts AnalyzeIf(string source, IfStatement conditional, bool inLoop, bool lastInLoop)
    {
        if (ConstantCondition(conditional.Condition) is not null || conditional.Then is null)
        {
            throw Error(source, conditional.Offset, "extraneous if block");
        }

        var then = AnalyzeBlock(source, conditional.Then, inLoop, lastInLoop);
        if (!conditional.HasElse)
        {
            return then & FlowFacts.AnyJump;
        }

        if (conditional.Otherwise is null)
        {
            throw Error(source, conditional.Offset, "extraneous else block.");
        }

        var otherwise = AnalyzeBlock(source, conditional.Otherwise, inLoop, lastInLoop);
        return (then & otherwise & FlowFacts.Escapes) | ((then | otherwise) & FlowFacts.AnyJump);
    }

    /// <param name="continuous">True for <c>while (true)</c> and <c>for (;;)</c>, null when the condition is not constant.</param>
    private static FlowFacts AnalyzeLoop(string source, LoopStatement loop, bool? continuous, string kind)
    {
        if (continuous == false)
        {
            throw Error(source, loop.Offset, $"extraneous {kind}");
        }

        if (loop.Body is null)
        {
            return continuous == true ? throw Error(source, loop.Offset, $"no paths escape from {kind}") : FlowFacts.None;
        }

        var body = AnalyzeBlock(source, loop.Body, inLoop: true, lastInLoop: true);
        if (body.HasFlag(FlowFacts.LoopEscape) && !body.HasFlag(FlowFacts.AnyContinue))
        {
            throw Error(source, loop.Offset, $"extraneous {kind}");
        }

        // A loop that only a return can leave ends the script as surely as a return does.
        return continuous == true && !body.HasFlag(FlowFacts.AnyBreak)
            ? FlowFacts.MethodEscape | FlowFacts.AllEscape
            : FlowFacts.None;
    }

    private static bool? ConstantCondition(Expression condition) =>
        condition is ConstantExpression { Value: bool value } ? value : null;

    private static PainlessException Error(string source, int offset, string reason) =>
        ScriptErrors.Compile(source, offset, CauseTypes.IllegalArgument, reason);
}
