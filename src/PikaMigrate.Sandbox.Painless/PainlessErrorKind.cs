namespace PikaMigrate.Sandbox.Painless;

/// <summary>When a script failed: OpenSearch reports these as <c>script_exception</c> reasons.</summary>
public enum PainlessErrorKind
{
    /// <summary>Reason <c>compile error</c>: the script did not parse or did not pass the semantic checks.</summary>
    Compile,

    /// <summary>Reason <c>runtime error</c>: the script failed while running against a document.</summary>
    Runtime,
}
