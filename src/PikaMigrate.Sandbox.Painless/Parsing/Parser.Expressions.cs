using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Lexing;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;

namespace PikaMigrate.Sandbox.Painless.Parsing;

/// <summary>
/// Expressions. <c>expression: noncondexpression | c ? a : b | a ?: b | target op= value</c> (all right
/// associative), and the binary operators by precedence, lowest first.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>A bound on left-associative chains such as <c>a + b + ...</c>, whose evaluation recurses per operator.</summary>
    private const int MaxChainLength = 1000;

    private static readonly TokenKind[][] BinaryLevels =
    [
        [TokenKind.Or],
        [TokenKind.And],
        [TokenKind.BitwiseOr],
        [TokenKind.BitwiseXor],
        [TokenKind.BitwiseAnd],
        [TokenKind.EqualEqual, TokenKind.IdentityEqual, TokenKind.NotEqual, TokenKind.IdentityNotEqual],
        [TokenKind.Instanceof],
        [TokenKind.Less, TokenKind.LessOrEqual, TokenKind.Greater, TokenKind.GreaterOrEqual],
        [TokenKind.ShiftLeft, TokenKind.ShiftRight, TokenKind.UnsignedShiftRight],
        [TokenKind.Find, TokenKind.Match],
        [TokenKind.Plus, TokenKind.Minus],
        [TokenKind.Multiply, TokenKind.Divide, TokenKind.Remainder],
    ];

    private const int InstanceofLevel = 6;

    private Expression ParseExpression() => Nested(ParseExpressionCore);

    private Expression ParseExpressionCore()
    {
        var start = Current.Start;
        var left = ParseBinary(0);
        var op = Current;
        switch (op.Kind)
        {
            case TokenKind.Question:
                Advance();
                var whenTrue = ParseExpression();
                Expect(TokenKind.Colon, "':'");
                return new ConditionalExpression(start, left, whenTrue, ParseExpression());
            case TokenKind.Elvis:
                Advance();
                return new ElvisExpression(start, left, ParseExpression());
            case TokenKind.Assign:
                Advance();
                return new AssignmentExpression(start, Writable(left, start), ParseExpression());
            case TokenKind.AddAssign or TokenKind.SubtractAssign or TokenKind.MultiplyAssign
                or TokenKind.DivideAssign or TokenKind.RemainderAssign:
                Advance();
                return new CompoundAssignmentExpression(start, Writable(left, start), ArithmeticOperatorOf(op.Kind), ParseExpression());
            case TokenKind.AndAssign or TokenKind.XorAssign or TokenKind.OrAssign
                or TokenKind.ShiftLeftAssign or TokenKind.ShiftRightAssign or TokenKind.UnsignedShiftRightAssign:
                throw Unsupported(op, $"the operator [{op.Text}]");
            default:
                return left;
        }
    }

    private Expression ParseBinary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return ParseUnary();
        }

        var start = Current.Start;
        var left = ParseBinary(level + 1);
        for (var length = 1; Array.IndexOf(BinaryLevels[level], Current.Kind) >= 0; length++)
        {
            if (length == MaxChainLength)
            {
                throw Error(Current.Start, $"more than {MaxChainLength} operands in one expression");
            }

            var op = Advance();
            if (level == InstanceofLevel)
            {
                left = new InstanceofExpression(start, left, ResolveType(Advance()));
                continue;
            }

            left = Binary(op, start, left, ParseBinary(level + 1));
        }

        return left;
    }

    private Expression Binary(Token op, int start, Expression left, Expression right)
    {
        switch (op.Kind)
        {
            case TokenKind.Or or TokenKind.And:
                return new LogicalExpression(start, op.Kind == TokenKind.And, left, right);
            case TokenKind.EqualEqual or TokenKind.NotEqual or TokenKind.IdentityEqual or TokenKind.IdentityNotEqual:
                var equality = op.Kind switch
                {
                    TokenKind.EqualEqual => EqualityOperator.Equal,
                    TokenKind.NotEqual => EqualityOperator.NotEqual,
                    TokenKind.IdentityEqual => EqualityOperator.Identical,
                    _ => EqualityOperator.NotIdentical,
                };
                var negate = equality is EqualityOperator.NotEqual or EqualityOperator.NotIdentical;
                if (IsNullLiteral(right) || IsNullLiteral(left))
                {
                    // For null, equals() and identity agree: a plain null test.
                    var operand = IsNullLiteral(right) ? left : right;
                    return new NullCheckExpression(start, operand, negate, EqualityExpression.Describe(equality));
                }

                return new EqualityExpression(start, equality, left, right);
            case TokenKind.Less:
                return new RelationalExpression(start, RelationalOperator.Less, left, right);
            case TokenKind.LessOrEqual:
                return new RelationalExpression(start, RelationalOperator.LessOrEqual, left, right);
            case TokenKind.Greater:
                return new RelationalExpression(start, RelationalOperator.Greater, left, right);
            case TokenKind.GreaterOrEqual:
                return new RelationalExpression(start, RelationalOperator.GreaterOrEqual, left, right);
            case TokenKind.Plus or TokenKind.Minus or TokenKind.Multiply or TokenKind.Divide or TokenKind.Remainder:
                return new ArithmeticExpression(start, ArithmeticOperatorOf(op.Kind), left, right);
            default:
                throw Unsupported(op, $"the operator [{op.Text}]");
        }
    }

    private Expression ParseUnary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Increment or TokenKind.Decrement:
                Advance();
                var start = Current.Start;
                var target = Writable(ParseChain(), start);
                return new IncrementExpression(token.Start, target, token.Kind == TokenKind.Increment, prefix: true);
            case TokenKind.Not:
                Advance();
                return new NotExpression(token.Start, ParseUnary());
            case TokenKind.Minus when Peek(1).Kind is TokenKind.Integer or TokenKind.Decimal
                && Peek(2).Kind is not (TokenKind.Dot or TokenKind.NullSafeDot or TokenKind.LeftBracket):
                // Painless folds the sign into the constant, which is what makes -2147483648 a valid int.
                Advance();
                return NumericConstant(Advance(), token.Start, negate: true);
            case TokenKind.Minus or TokenKind.Plus:
                Advance();
                return new SignExpression(token.Start, ParseUnary(), negate: token.Kind == TokenKind.Minus);
            case TokenKind.BitwiseNot:
                throw Unsupported(token, "the operator [~]");
            case TokenKind.LeftParen when Peek(1).Kind == TokenKind.Type && Peek(2).Kind == TokenKind.RightParen:
                Advance();
                var type = ResolveType(Advance());
                Advance();
                return new CastExpression(token.Start, type, ParseUnary());
            default:
                var chain = ParseChain();
                if (Current.Kind is not (TokenKind.Increment or TokenKind.Decrement))
                {
                    return chain;
                }

                var increment = Advance().Kind == TokenKind.Increment;
                return new IncrementExpression(token.Start, Writable(chain, token.Start), increment, prefix: false);
        }
    }

    /// <summary>The target of an assignment or increment, with Painless's compile-time checks.</summary>
    private AssignableExpression Writable(Expression expression, int start) => expression switch
    {
        LocalExpression { Variable.ReadOnly: true } local =>
            throw Error(start, $"invalid assignment: cannot assign a value to read-only variable [{local.Variable.Name}]"),
        MemberExpression { NullSafe: true } =>
            throw Error(start, "invalid assignment: cannot assign a value to null safe operation [?.]"),
        AssignableExpression assignable => assignable,
        _ => throw Error(start, $"invalid assignment: cannot assign a value to {expression.Description}"),
    };

    private static bool IsNullLiteral(Expression expression) => expression is ConstantExpression { Value: null };

    private static ArithmeticOperator ArithmeticOperatorOf(TokenKind kind) => kind switch
    {
        TokenKind.Plus or TokenKind.AddAssign => ArithmeticOperator.Add,
        TokenKind.Minus or TokenKind.SubtractAssign => ArithmeticOperator.Subtract,
        TokenKind.Multiply or TokenKind.MultiplyAssign => ArithmeticOperator.Multiply,
        TokenKind.Divide or TokenKind.DivideAssign => ArithmeticOperator.Divide,
        _ => ArithmeticOperator.Remainder,
    };
}
