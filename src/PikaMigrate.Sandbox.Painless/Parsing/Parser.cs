using PikaMigrate.Sandbox.Painless.Errors;
using PikaMigrate.Sandbox.Painless.Lexing;
using PikaMigrate.Sandbox.Painless.Syntax;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Parsing;

/// <summary>
/// Recursive-descent parser for the Painless subset (PainlessParser.g4). It resolves every name to a frame slot
/// as it goes (Painless requires declaration before use), so the tree it returns is ready to run.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// How deeply statements and expressions may nest. Evaluation recurses along the same tree, so the bound
    /// keeps both the parser and the interpreter far from the end of any thread's stack.
    /// </summary>
    private const int MaxNesting = 100;

    private readonly string _source;
    private readonly List<Token> _tokens;
    private readonly List<int> _statementStarts = [];
    private Scope _scope = new(null);
    private int _index;
    private int _nesting;
    private int _slotCount = ScriptGlobals.Count;

    private Parser(string source)
    {
        _source = source;
        _tokens = Lexer.Tokenize(source);
        _scope.Add(ScriptGlobals.CtxVariable);
        _scope.Add(ScriptGlobals.ParamsVariable);
    }

    public static ParsedScript Parse(string source)
    {
        var parser = new Parser(source);
        var body = parser.ParseScript();
        ControlFlowAnalyzer.Check(source, body);
        return new ParsedScript(body, parser._slotCount, [.. parser._statementStarts]);
    }

    private Token Current => _tokens[_index];

    private Token Peek(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token Advance()
    {
        var token = Current;
        if (token.Kind != TokenKind.EndOfScript)
        {
            _index++;
        }

        return token;
    }

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string expected) => Current.Kind == kind ? Advance() : throw Unexpected(expected);

    private void RecordStatementStart(int offset) => _statementStarts.Add(offset);

    private void EnterScope() => _scope = new Scope(_scope);

    private void ExitScope() => _scope = _scope.Parent!;

    private LocalVariable Declare(Token name, PainlessType type, bool readOnly)
    {
        if (_scope.Find(name.Text) is not null)
        {
            throw Error(name.Start, $"variable [{name.Text}] is already defined");
        }

        var variable = new LocalVariable(name.Text, _slotCount++, type, readOnly);
        _scope.Add(variable);
        return variable;
    }

    private PainlessType ResolveType(Token token)
    {
        if (token.Kind == TokenKind.Type && PainlessTypes.TryParse(token.Text, out var type))
        {
            return type;
        }

        throw token.Kind == TokenKind.Type
            ? Unsupported(token, $"the type [{token.Text}]")
            : Error(token.Start, $"cannot resolve type [{token.Text}]");
    }

    /// <summary>Parses one nested construct, failing the compile past <see cref="MaxNesting"/> levels.</summary>
    private T Nested<T>(Func<T> parse)
    {
        if (++_nesting > MaxNesting)
        {
            throw Error(Current.Start, $"the script nests more than {MaxNesting} levels deep");
        }

        var result = parse();
        _nesting--;
        return result;
    }

    private PainlessException Error(int offset, string reason) =>
        ScriptErrors.Compile(_source, offset, CauseTypes.IllegalArgument, reason);

    private PainlessException Unsupported(Token token, string what) =>
        Error(token.Start, $"not supported by the sandbox Painless interpreter: {what}");

    /// <summary>ANTLR's message when the next token does not fit (InputMismatchException).</summary>
    private PainlessException Unexpected(string expected) => Current.Kind switch
    {
        TokenKind.EndOfScript => Error(Current.Start, "unexpected end of script."),
        TokenKind.Arrow or TokenKind.DoubleColon => Unsupported(Current, "lambdas and method references"),
        _ => Error(Current.Start, $"unexpected token [{Current.Display}] was expecting one of [{expected}]."),
    };

    /// <summary>ANTLR's message when no rule matches at all (NoViableAltException).</summary>
    private PainlessException InvalidSequence() => Current.Kind switch
    {
        TokenKind.EndOfScript => Error(Current.Start, "unexpected end of script."),
        TokenKind.Arrow or TokenKind.DoubleColon => Unsupported(Current, "lambdas and method references"),
        TokenKind.Try or TokenKind.Catch or TokenKind.Throw or TokenKind.This => Unsupported(Current, $"[{Current.Text}]"),
        _ => Error(Current.Start, $"invalid sequence of tokens near [{Current.Display}]."),
    };
}
