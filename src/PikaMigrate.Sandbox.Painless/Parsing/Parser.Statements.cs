using PikaMigrate.Sandbox.Painless.Lexing;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;
using PikaMigrate.Sandbox.Painless.Syntax.Statements;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Parsing;

/// <summary>Statements: <c>statement: rstatement | dstatement (';' | EOF)</c> of the grammar.</summary>
internal sealed partial class Parser
{
    private BlockStatement ParseScript()
    {
        var offset = Current.Start;
        var statements = new List<Statement>();
        while (Current.Kind != TokenKind.EndOfScript)
        {
            statements.Add(ParseStatement(blockChild: false));
        }

        if (statements.Count == 0)
        {
            throw Error(offset, "invalid function definition: found no statements for function [execute] with [0] parameters");
        }

        return new BlockStatement(offset, [.. statements]);
    }

    /// <param name="blockChild">Directly inside <c>{ }</c>, where the last statement may omit its semicolon.</param>
    private Statement ParseStatement(bool blockChild) => Nested(() => ParseStatementCore(blockChild));

    private Statement ParseStatementCore(bool blockChild)
    {
        switch (Current.Kind)
        {
            case TokenKind.If:
                return ParseIf();
            case TokenKind.While:
                return ParseWhile();
            case TokenKind.For:
                return ParseFor();
            default:
                var statement = ParseDelimitedStatement();
                if (!Accept(TokenKind.Semicolon) && Current.Kind != TokenKind.EndOfScript
                    && !(blockChild && Current.Kind == TokenKind.RightBrace))
                {
                    throw Unexpected("';'");
                }

                return statement;
        }
    }

    /// <summary>The statements that need a terminator (<c>dstatement</c>).</summary>
    private Statement ParseDelimitedStatement()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Do:
                return ParseDoWhile();
            case TokenKind.Continue:
                RecordStatementStart(Advance().Start);
                return new ContinueStatement(token.Start);
            case TokenKind.Break:
                RecordStatementStart(Advance().Start);
                return new BreakStatement(token.Start);
            case TokenKind.Return:
                RecordStatementStart(Advance().Start);
                var value = Current.Kind is TokenKind.Semicolon or TokenKind.EndOfScript or TokenKind.RightBrace
                    ? null
                    : ParseExpression();
                return new ReturnStatement(token.Start, value);
            case TokenKind.Type when Peek(1).Kind == TokenKind.Identifier:
                return ParseDeclaration();
            case TokenKind.LeftBrace or TokenKind.Semicolon:
                // The grammar has no bare blocks or empty statements; only loops take a lone ';'.
                throw InvalidSequence();
            default:
                RecordStatementStart(token.Start);
                return new ExpressionStatement(token.Start, ParseStatementExpression());
        }
    }

    /// <summary>An expression used as a statement must do something: assign, increment, call or create.</summary>
    private Expression ParseStatementExpression()
    {
        var start = Current.Start;
        var expression = ParseExpression();
        return expression.IsStatement
            ? expression
            : throw Error(start, $"not a statement: result not used from {expression.Description}");
    }

    private DeclarationStatement ParseDeclaration()
    {
        var type = ResolveType(Advance());
        var declarators = new List<Declarator>();
        do
        {
            var name = Expect(TokenKind.Identifier, "ID");
            RecordStatementStart(name.Start);
            // The initializer is resolved before the name exists: `def x = x` cannot see itself.
            var initializer = Accept(TokenKind.Assign) ? ParseExpression() : null;
            declarators.Add(new Declarator(name.Start, Declare(name, type, readOnly: false), initializer));
        }
        while (Accept(TokenKind.Comma));

        return new DeclarationStatement(declarators[0].Offset, [.. declarators]);
    }

    private IfStatement ParseIf()
    {
        var start = Advance().Start;
        RecordStatementStart(start);
        var condition = ParseParenthesizedCondition();
        var then = ParseTrailer();
        if (!Accept(TokenKind.Else))
        {
            return new IfStatement(start, condition, then, null, hasElse: false);
        }

        return new IfStatement(start, condition, then, ParseTrailer(), hasElse: true);
    }

    private WhileStatement ParseWhile()
    {
        var start = Advance().Start;
        RecordStatementStart(start);
        EnterScope();
        var condition = ParseParenthesizedCondition();
        var body = Accept(TokenKind.Semicolon) ? null : ParseTrailer();
        ExitScope();
        return new WhileStatement(start, condition, body);
    }

    private DoWhileStatement ParseDoWhile()
    {
        var start = Advance().Start;
        RecordStatementStart(start);
        EnterScope();
        var body = ParseBlock();
        Expect(TokenKind.While, "'while'");
        var condition = ParseParenthesizedCondition();
        ExitScope();
        return new DoWhileStatement(start, body, condition);
    }

    private LoopStatement ParseFor()
    {
        var start = Advance().Start;
        RecordStatementStart(start);
        Expect(TokenKind.LeftParen, "'('");
        EnterScope();
        LoopStatement loop;
        if (Current.Kind == TokenKind.Type && Peek(1).Kind == TokenKind.Identifier && Peek(2).Kind == TokenKind.Colon)
        {
            loop = ParseForEach(start, ResolveType(Advance()));
        }
        else if (Current.Kind == TokenKind.Identifier && Peek(1).Kind == TokenKind.In)
        {
            loop = ParseForEach(start, PainlessType.Def);
        }
        else
        {
            loop = ParseClassicFor(start);
        }

        ExitScope();
        return loop;
    }

    /// <summary><c>for (type x : iterable)</c> or <c>for (x in iterable)</c>, from the variable name on.</summary>
    private ForEachStatement ParseForEach(int start, PainlessType type)
    {
        var name = Advance();
        Advance();
        var iterable = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        var variable = Declare(name, type, readOnly: true);
        return new ForEachStatement(start, variable, iterable, ParseTrailer());
    }

    private ForStatement ParseClassicFor(int start)
    {
        Statement? initializer = null;
        if (!Accept(TokenKind.Semicolon))
        {
            initializer = Current.Kind == TokenKind.Type && Peek(1).Kind == TokenKind.Identifier
                ? ParseDeclaration()
                : new ExpressionStatement(Current.Start, ParseStatementExpression());
            Expect(TokenKind.Semicolon, "';'");
        }

        var condition = Current.Kind == TokenKind.Semicolon ? null : ParseExpression();
        Expect(TokenKind.Semicolon, "';'");
        var afterthought = Current.Kind == TokenKind.RightParen ? null : ParseStatementExpression();
        Expect(TokenKind.RightParen, "')'");
        var body = Accept(TokenKind.Semicolon) ? null : ParseTrailer();
        return new ForStatement(start, initializer, condition, afterthought, body);
    }

    private Expression ParseParenthesizedCondition()
    {
        Expect(TokenKind.LeftParen, "'('");
        var condition = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return condition;
    }

    /// <summary>The body of an if/else/loop: a block, or one statement that gets a scope of its own.</summary>
    private BlockStatement? ParseTrailer()
    {
        if (Current.Kind == TokenKind.LeftBrace)
        {
            return ParseBlock();
        }

        EnterScope();
        var statement = ParseStatement(blockChild: false);
        ExitScope();
        return new BlockStatement(statement.Offset, [statement]);
    }

    /// <summary><c>{ statements }</c>; null when empty, as Painless's tree builder does.</summary>
    private BlockStatement? ParseBlock()
    {
        var open = Expect(TokenKind.LeftBrace, "'{'");
        EnterScope();
        var statements = new List<Statement>();
        while (!Accept(TokenKind.RightBrace))
        {
            if (Current.Kind == TokenKind.EndOfScript)
            {
                throw Unexpected("'}'");
            }

            statements.Add(ParseStatement(blockChild: true));
        }

        ExitScope();
        return statements.Count == 0 ? null : new BlockStatement(open.Start, [.. statements]);
    }
}
