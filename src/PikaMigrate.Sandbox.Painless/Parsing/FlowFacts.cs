namespace PikaMigrate.Sandbox.Painless.Parsing;

/// <summary>What a statement does to control flow, as Painless's semantic analysis tracks it.</summary>
[Flags]
internal enum FlowFacts
{
    None = 0,
    /// <summary>Every path leaves the script (return).</summary>
    MethodEscape = 1,
    /// <summary>Every path leaves the enclosing loop (return or break).</summary>
    LoopEscape = 2,
    /// <summary>Every path jumps away (return, break or continue): what follows is unreachable.</summary>
    AllEscape = 4,
    AnyContinue = 8,
    AnyBreak = 16,
    Escapes = MethodEscape | LoopEscape | AllEscape,
    AnyJump = AnyContinue | AnyBreak,
}
