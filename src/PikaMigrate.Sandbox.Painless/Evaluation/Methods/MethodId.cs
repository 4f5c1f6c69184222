namespace PikaMigrate.Sandbox.Painless.Evaluation.Methods;

/// <summary>
/// The method names the interpreter implements, resolved once at compile time so a call does not compare
/// strings. Any other name is <see cref="Unknown"/> and fails at run time, as a dynamic Painless call does.
/// </summary>
internal enum MethodId
{
    Unknown,
    Add,
    AddAll,
    Clear,
    Contains,
    ContainsKey,
    ContainsValue,
    DoubleValue,
    EndsWith,
    EntrySet,
    EqualsMethod,
    EqualsIgnoreCase,
    Get,
    GetKey,
    GetOrDefault,
    GetValue,
    IndexOf,
    IntValue,
    IsEmpty,
    KeySet,
    LastIndexOf,
    Length,
    LongValue,
    Put,
    PutAll,
    PutIfAbsent,
    Remove,
    Replace,
    Set,
    SetValue,
    Sha1,
    Sha256,
    Size,
    StartsWith,
    Substring,
    ToLowerCase,
    ToStringMethod,
    ToUpperCase,
    Trim,
    Values,
}
