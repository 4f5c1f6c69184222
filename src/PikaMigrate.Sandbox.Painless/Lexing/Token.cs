namespace PikaMigrate.Sandbox.Painless.Lexing;

/// <summary>One token: its kind, where it starts in the source, and its text.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, string Text)
{
    /// <summary>The token as ANTLR's error messages show it: quoted text, or <c>&lt;EOF&gt;</c>.</summary>
    public string Display => Kind == TokenKind.EndOfScript ? "<EOF>" : $"'{Text}'";
}
