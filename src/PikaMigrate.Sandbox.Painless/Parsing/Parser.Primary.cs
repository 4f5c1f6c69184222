using PikaMigrate.Sandbox.Painless.Lexing;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Parsing;

/// <summary>Chains: <c>primary postfix*</c>, where postfixes are field access, calls and brace access.</summary>
internal sealed partial class Parser
{
    private Expression ParseChain()
    {
        if (Current.Kind == TokenKind.Type)
        {
            throw Peek(1).Kind switch
            {
                TokenKind.Dot => Unsupported(Current, $"static access to [{Current.Text}]"),
                TokenKind.LeftBracket => Unsupported(Current, "arrays"),
                _ => InvalidSequence(),
            };
        }

        var expression = ParsePrimary();
        while (true)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.Dot or TokenKind.NullSafeDot:
                    Advance();
                    var name = Current.Kind is TokenKind.DotIdentifier or TokenKind.DotInteger
                        ? Advance()
                        : throw Unexpected("DOTID");
                    var nullSafe = token.Kind == TokenKind.NullSafeDot;
                    expression = name.Kind == TokenKind.DotIdentifier && Current.Kind == TokenKind.LeftParen
                        ? new MethodCallExpression(token.Start, expression, name.Text, ParseArguments(), nullSafe)
                        : new MemberExpression(token.Start, expression, name.Text, nullSafe);
                    break;
                case TokenKind.LeftBracket:
                    Advance();
                    var key = ParseExpression();
                    Expect(TokenKind.RightBracket, "']'");
                    expression = new IndexExpression(token.Start, expression, key);
                    break;
                default:
                    return expression;
            }
        }
    }

    private Expression ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseExpression();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            case TokenKind.Integer or TokenKind.Decimal:
                return NumericConstant(Advance(), token.Start, negate: false);
            case TokenKind.True or TokenKind.False:
                Advance();
                return new ConstantExpression(token.Start, Boxes.Bool(token.Kind == TokenKind.True), $"boolean constant [{token.Text}]");
            case TokenKind.Null:
                Advance();
                return new ConstantExpression(token.Start, null, "null constant");
            case TokenKind.String:
                Advance();
                return new ConstantExpression(token.Start, token.Text, $"string constant [{token.Text}]");
            case TokenKind.LeftBracket:
                return ParseInitializer();
            case TokenKind.New:
                return ParseNew();
            case TokenKind.Identifier:
                Advance();
                if (Current.Kind == TokenKind.LeftParen)
                {
                    throw Error(token.Start, $"Unknown call [{token.Text}] with [{ParseArguments().Length}] arguments.");
                }

                if (_scope.Find(token.Text) is { } variable)
                {
                    return new LocalExpression(token.Start, variable);
                }

                // Math.max, Integer.parseInt and the like: Java classes this interpreter does not have.
                throw char.IsAsciiLetterUpper(token.Text[0]) && Current.Kind == TokenKind.Dot
                    ? Unsupported(token, $"static access to [{token.Text}]")
                    : Error(token.Start, $"cannot resolve symbol [{token.Text}]");
            default:
                throw InvalidSequence();
        }
    }

    private Expression[] ParseArguments()
    {
        Expect(TokenKind.LeftParen, "'('");
        var arguments = new List<Expression>();
        if (!Accept(TokenKind.RightParen))
        {
            do
            {
                if (StartsLambdaOrReference())
                {
                    throw Unsupported(Current, "lambdas and method references");
                }

                arguments.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));

            Expect(TokenKind.RightParen, "')'");
        }

        return [.. arguments];
    }

    /// <summary><c>x -> ...</c>, <c>(a, b) -> ...</c> or <c>Type::method</c> in argument position.</summary>
    private bool StartsLambdaOrReference()
    {
        if (Current.Kind is TokenKind.Identifier or TokenKind.Type or TokenKind.This)
        {
            return Peek(1).Kind is TokenKind.Arrow or TokenKind.DoubleColon;
        }

        if (Current.Kind != TokenKind.LeftParen)
        {
            return false;
        }

        var depth = 0;
        for (var ahead = 0; Peek(ahead).Kind != TokenKind.EndOfScript; ahead++)
        {
            depth += Peek(ahead).Kind switch
            {
                TokenKind.LeftParen => 1,
                TokenKind.RightParen => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                return Peek(ahead + 1).Kind == TokenKind.Arrow;
            }
        }

        return false;
    }

    /// <summary><c>[:]</c>, <c>[k: v, ...]</c>, <c>[]</c> or <c>[a, ...]</c>.</summary>
    private Expression ParseInitializer()
    {
        var open = Advance();
        if (Accept(TokenKind.Colon))
        {
            Expect(TokenKind.RightBracket, "']'");
            return new MapInitializerExpression(open.Start, [], []);
        }

        if (Accept(TokenKind.RightBracket))
        {
            return new ListInitializerExpression(open.Start, []);
        }

        var first = ParseExpression();
        if (!Accept(TokenKind.Colon))
        {
            var items = new List<Expression> { first };
            while (Accept(TokenKind.Comma))
            {
                items.Add(ParseExpression());
            }

            Expect(TokenKind.RightBracket, "']'");
            return new ListInitializerExpression(open.Start, [.. items]);
        }

        var keys = new List<Expression> { first };
        var values = new List<Expression> { ParseExpression() };
        while (Accept(TokenKind.Comma))
        {
            keys.Add(ParseExpression());
            Expect(TokenKind.Colon, "':'");
            values.Add(ParseExpression());
        }

        Expect(TokenKind.RightBracket, "']'");
        return new MapInitializerExpression(open.Start, [.. keys], [.. values]);
    }

    /// <summary><c>new HashMap(...)</c> or <c>new ArrayList(...)</c>, with no arguments or one to copy.</summary>
    private Expression ParseNew()
    {
        var start = Advance().Start;
        var typeToken = Advance();
        var type = ResolveType(typeToken);
        if (Current.Kind == TokenKind.LeftBracket)
        {
            throw Unsupported(typeToken, "arrays");
        }

        var arguments = ParseArguments();
        if (type is not (PainlessType.HashMap or PainlessType.ArrayList) || arguments.Length > 1)
        {
            throw Error(start, $"constructor [{PainlessTypes.NameOf(type)}, <init>/{arguments.Length}] not found");
        }

        return new NewObjectExpression(start, type == PainlessType.HashMap, arguments.Length == 1 ? arguments[0] : null);
    }

    private ConstantExpression NumericConstant(Token token, int start, bool negate) =>
        new(start, NumericLiterals.Parse(_source, token, negate), $"numeric constant [{(negate ? "-" : "")}{token.Text}]");
}
