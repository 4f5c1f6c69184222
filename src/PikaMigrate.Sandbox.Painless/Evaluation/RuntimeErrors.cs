using PikaMigrate.Sandbox.Painless.Errors;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>The runtime exceptions Painless raises, with the messages the JVM and Painless give them.</summary>
internal static class RuntimeErrors
{
    private const string LoopLimitReason =
        "The maximum number of statements that can be executed in a loop has been reached.";

    /// <summary>A field access or method call on null: the dynamic call site's receiver check fails.</summary>
    public static ScriptRuntimeException NullReceiver(int offset) =>
        NullValue(offset, "callArgs[0]");

    /// <summary>An operator or cast applied to null: the <c>getClass()</c> call in the Painless helper fails.</summary>
    public static ScriptRuntimeException NullValue(int offset, string variable) =>
        new(CauseTypes.NullPointer, $"Cannot invoke \"Object.getClass()\" because \"{variable}\" is null", offset);

    public static ScriptRuntimeException ClassCast(int offset, string reason) =>
        new(CauseTypes.ClassCast, reason, offset);

    /// <summary>The JVM's failed <c>checkcast</c> to a reference type.</summary>
    public static ScriptRuntimeException CannotCast(int offset, object value, string targetClass) =>
        ClassCast(offset, $"class {JavaTypeNames.Of(value)} cannot be cast to class {targetClass}");

    public static ScriptRuntimeException IllegalArgument(int offset, string reason) =>
        new(CauseTypes.IllegalArgument, reason, offset);

    public static ScriptRuntimeException IndexOutOfBounds(int offset, int index, int length) =>
        new(CauseTypes.IndexOutOfBounds, $"Index {index} out of bounds for length {length}", offset);

    public static ScriptRuntimeException StringIndexOutOfBounds(int offset, int begin, int end, int length) =>
        new(CauseTypes.StringIndexOutOfBounds, $"begin {begin}, end {end}, length {length}", offset);

    public static ScriptRuntimeException DivisionByZero(int offset) =>
        new(CauseTypes.Arithmetic, "/ by zero", offset);

    public static ScriptRuntimeException UnmodifiableMap(int offset) =>
        new(CauseTypes.UnsupportedOperation, $"{JavaTypeNames.UnmodifiableMap} cannot be modified", offset);

    public static ScriptRuntimeException ConcurrentModification(int offset) =>
        new(CauseTypes.ConcurrentModification, "the list was modified while a for-each loop iterated over it", offset);

    public static ScriptRuntimeException LoopLimit(int offset) =>
        new(CauseTypes.PainlessError, LoopLimitReason, offset);

    public static ScriptRuntimeException MethodNotFound(int offset, object receiver, string name, int arity) =>
        IllegalArgument(offset, $"dynamic method [{JavaTypeNames.Of(receiver)}, {name}/{arity}] not found");

    public static ScriptRuntimeException GetterNotFound(int offset, object receiver, string name) =>
        IllegalArgument(offset, $"dynamic getter [{JavaTypeNames.Of(receiver)}, {name}] not found");

    public static ScriptRuntimeException SetterNotFound(int offset, object receiver, string name) =>
        IllegalArgument(offset, $"dynamic setter [{JavaTypeNames.Of(receiver)}, {name}] not found");

    public static ScriptRuntimeException IllegalListShortcut(int offset, string name) =>
        IllegalArgument(offset, $"Illegal list shortcut value [{name}].");

    public static ScriptRuntimeException NotArrayLike(int offset, object receiver) =>
        IllegalArgument(offset, $"Attempting to address a non-array-like type [{JavaTypeNames.Of(receiver)}] as an array.");

    public static ScriptRuntimeException CannotIterate(int offset, object value) =>
        IllegalArgument(offset, $"Cannot iterate over [{JavaTypeNames.Of(value)}]");

    /// <summary>A limit of this interpreter, not of Painless: its maps follow the JSON model and only hold string keys.</summary>
    public static ScriptRuntimeException NonStringKey(int offset, object? key) =>
        IllegalArgument(offset,
            $"the sandbox Painless interpreter only supports string map keys, not [{(key is null ? "null" : JavaTypeNames.Of(key))}]");
}
