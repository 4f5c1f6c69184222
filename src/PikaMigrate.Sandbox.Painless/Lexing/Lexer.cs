using PikaMigrate.Sandbox.Painless.Errors;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Lexing;

/// <summary>
/// Turns source text into tokens following PainlessLexer.g4: after a dot only a name or a list index may follow,
/// strings know only the <c>\\</c> and quote escapes, and a slash where a value is expected would start a regex.
/// </summary>
internal sealed class Lexer
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["if"] = TokenKind.If,
        ["else"] = TokenKind.Else,
        ["while"] = TokenKind.While,
        ["do"] = TokenKind.Do,
        ["for"] = TokenKind.For,
        ["in"] = TokenKind.In,
        ["continue"] = TokenKind.Continue,
        ["break"] = TokenKind.Break,
        ["return"] = TokenKind.Return,
        ["new"] = TokenKind.New,
        ["try"] = TokenKind.Try,
        ["catch"] = TokenKind.Catch,
        ["throw"] = TokenKind.Throw,
        ["this"] = TokenKind.This,
        ["instanceof"] = TokenKind.Instanceof,
        ["true"] = TokenKind.True,
        ["false"] = TokenKind.False,
        ["null"] = TokenKind.Null,
    };

    /// <summary>Operators, longest first so that the longest match wins as in ANTLR.</summary>
    private static readonly (string Text, TokenKind Kind)[] Operators =
    [
        (">>>=", TokenKind.UnsignedShiftRightAssign),
        ("===", TokenKind.IdentityEqual), ("!==", TokenKind.IdentityNotEqual), ("==~", TokenKind.Match),
        ("<<=", TokenKind.ShiftLeftAssign), (">>=", TokenKind.ShiftRightAssign), (">>>", TokenKind.UnsignedShiftRight),
        ("?.", TokenKind.NullSafeDot), ("?:", TokenKind.Elvis), ("::", TokenKind.DoubleColon), ("->", TokenKind.Arrow),
        ("=~", TokenKind.Find), ("++", TokenKind.Increment), ("--", TokenKind.Decrement),
        ("+=", TokenKind.AddAssign), ("-=", TokenKind.SubtractAssign), ("*=", TokenKind.MultiplyAssign),
        ("/=", TokenKind.DivideAssign), ("%=", TokenKind.RemainderAssign), ("&=", TokenKind.AndAssign),
        ("^=", TokenKind.XorAssign), ("|=", TokenKind.OrAssign), ("<<", TokenKind.ShiftLeft), (">>", TokenKind.ShiftRight),
        ("<=", TokenKind.LessOrEqual), (">=", TokenKind.GreaterOrEqual), ("==", TokenKind.EqualEqual),
        ("!=", TokenKind.NotEqual), ("&&", TokenKind.And), ("||", TokenKind.Or),
        ("{", TokenKind.LeftBrace), ("}", TokenKind.RightBrace), ("[", TokenKind.LeftBracket), ("]", TokenKind.RightBracket),
        ("(", TokenKind.LeftParen), (")", TokenKind.RightParen), (".", TokenKind.Dot), (",", TokenKind.Comma),
        (";", TokenKind.Semicolon), ("?", TokenKind.Question), (":", TokenKind.Colon), ("!", TokenKind.Not),
        ("~", TokenKind.BitwiseNot), ("*", TokenKind.Multiply), ("/", TokenKind.Divide), ("%", TokenKind.Remainder),
        ("+", TokenKind.Plus), ("-", TokenKind.Minus), ("<", TokenKind.Less), (">", TokenKind.Greater),
        ("&", TokenKind.BitwiseAnd), ("^", TokenKind.BitwiseXor), ("|", TokenKind.BitwiseOr), ("=", TokenKind.Assign),
    ];

    private readonly string _source;
    private readonly List<Token> _tokens = [];
    private int _position;

    private Lexer(string source) => _source = source;

    public static List<Token> Tokenize(string source)
    {
        var lexer = new Lexer(source);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (SkipWhitespaceAndComments())
        {
            var previous = _tokens.Count > 0 ? _tokens[^1].Kind : TokenKind.EndOfScript;
            if (previous is TokenKind.Dot or TokenKind.NullSafeDot)
            {
                ReadAfterDot();
            }
            else
            {
                ReadToken(previous);
            }
        }

        _tokens.Add(new Token(TokenKind.EndOfScript, _source.Length, ""));
    }

    /// <summary>Skips blanks and comments; false at the end of the source.</summary>
    private bool SkipWhitespaceAndComments()
    {
        while (_position < _source.Length)
        {
            var character = _source[_position];
            if (character is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
            }
            else if (character == '/' && Peek(1) == '/')
            {
                while (_position < _source.Length && _source[_position] is not ('\n' or '\r'))
                {
                    _position++;
                }
            }
            else if (character == '/' && Peek(1) == '*')
            {
                var end = _source.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw UnexpectedCharacter(_position, _source[_position..]);
                }

                _position = end + 2;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Painless switches lexer mode after a dot: only a name or an integer (list shortcut) follows.</summary>
    private void ReadAfterDot()
    {
        var start = _position;
        var character = _source[_position];
        if (IsIdentifierStart(character))
        {
            _tokens.Add(new Token(TokenKind.DotIdentifier, start, ReadWhile(IsIdentifierPart)));
        }
        else if (char.IsAsciiDigit(character))
        {
            var digits = character == '0' ? Take(1) : ReadWhile(char.IsAsciiDigit);
            _tokens.Add(new Token(TokenKind.DotInteger, start, digits));
        }
        else
        {
            throw UnexpectedCharacter(start, character.ToString());
        }
    }

    private void ReadToken(TokenKind previous)
    {
        var start = _position;
        var character = _source[_position];
        if (IsIdentifierStart(character))
        {
            var word = ReadWhile(IsIdentifierPart);
            var kind = Keywords.TryGetValue(word, out var keyword) ? keyword
                : PainlessTypes.IsTypeName(word) ? TokenKind.Type
                : TokenKind.Identifier;
            _tokens.Add(new Token(kind, start, word));
        }
        else if (char.IsAsciiDigit(character))
        {
            ReadNumber();
        }
        else if (character is '\'' or '"')
        {
            ReadString(character);
        }
        else if (character == '/' && StartsRegex(previous))
        {
            throw ScriptErrors.Compile(_source, start, CauseTypes.IllegalArgument,
                "not supported by the sandbox Painless interpreter: regexes");
        }
        else
        {
            ReadOperator(start);
        }
    }

    private void ReadOperator(int start)
    {
        foreach (var (text, kind) in Operators)
        {
            if (string.CompareOrdinal(_source, _position, text, 0, text.Length) == 0)
            {
                _position += text.Length;
                _tokens.Add(new Token(kind, start, text));
                return;
            }
        }

        throw UnexpectedCharacter(start, _source[start].ToString());
    }

    /// <summary>
    /// OCTAL, HEX, INTEGER and DECIMAL of the grammar; the token keeps its text (with any l/f/d suffix) and the
    /// parser gives it a value.
    /// </summary>
    private void ReadNumber()
    {
        var start = _position;
        if (_source[_position] == '0' && Peek(1) is 'x' or 'X')
        {
            _position += 2;
            ReadWhile(char.IsAsciiHexDigit);
            ReadSuffix("lL");
            _tokens.Add(new Token(TokenKind.Integer, start, _source[start.._position]));
            return;
        }

        if (_source[_position] == '0' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            ReadWhile(c => c is >= '0' and <= '7');
            ReadSuffix("lL");
            _tokens.Add(new Token(TokenKind.Integer, start, _source[start.._position]));
            return;
        }

        var decimalNumber = false;
        ReadWhile(char.IsAsciiDigit);
        if (Peek(0) == '.' && char.IsAsciiDigit(Peek(1)))
        {
            decimalNumber = true;
            _position++;
            ReadWhile(char.IsAsciiDigit);
        }

        if (Peek(0) is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            decimalNumber = true;
            _position += 2;
            ReadWhile(char.IsAsciiDigit);
        }

        ReadSuffix(decimalNumber ? "fFdD" : "lLfFdD");
        _tokens.Add(new Token(decimalNumber ? TokenKind.Decimal : TokenKind.Integer, start, _source[start.._position]));
    }

    private void ReadString(char quote)
    {
        var start = _position;
        var text = new System.Text.StringBuilder();
        _position++;
        while (_position < _source.Length && _source[_position] != quote)
        {
            var character = _source[_position];
            if (character == '\\')
            {
                var escaped = Peek(1);
                if (escaped != quote && escaped != '\\')
                {
                    throw ScriptErrors.Compile(_source, start, CauseTypes.IllegalArgument,
                        $"unexpected character [{_source[start..Math.Min(_source.Length, _position + 2)]}]." +
                        $" The only valid escape sequences in strings starting with [{quote}] are [\\\\] and [\\{quote}].");
                }

                text.Append(escaped);
                _position += 2;
            }
            else
            {
                text.Append(character);
                _position++;
            }
        }

        if (_position >= _source.Length)
        {
            throw UnexpectedCharacter(start, _source[start..]);
        }

        _position++;
        _tokens.Add(new Token(TokenKind.String, start, text.ToString()));
    }

    /// <summary>EnhancedPainlessLexer.isSlashRegex: a slash is division only after something that ends a value.</summary>
    private static bool StartsRegex(TokenKind previous) => previous is not (TokenKind.RightBracket or TokenKind.RightParen
        or TokenKind.Integer or TokenKind.Decimal or TokenKind.Identifier or TokenKind.Type
        or TokenKind.DotInteger or TokenKind.DotIdentifier);

    private void ReadSuffix(string allowed)
    {
        if (_position < _source.Length && allowed.Contains(_source[_position], StringComparison.Ordinal))
        {
            _position++;
        }
    }

    private string ReadWhile(Func<char, bool> accept)
    {
        var start = _position;
        while (_position < _source.Length && accept(_source[_position]))
        {
            _position++;
        }

        return _source[start.._position];
    }

    private string Take(int count)
    {
        var text = _source.Substring(_position, count);
        _position += count;
        return text;
    }

    private char Peek(int ahead) => _position + ahead < _source.Length ? _source[_position + ahead] : '\0';

    private static bool IsIdentifierStart(char character) => char.IsAsciiLetter(character) || character == '_';

    private static bool IsIdentifierPart(char character) => char.IsAsciiLetterOrDigit(character) || character == '_';

    private PainlessException UnexpectedCharacter(int offset, string text) =>
        ScriptErrors.Compile(_source, offset, CauseTypes.IllegalArgument, $"unexpected character [{text}].");
}
