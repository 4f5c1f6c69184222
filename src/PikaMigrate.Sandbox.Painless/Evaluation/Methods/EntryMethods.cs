using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation.Methods;

/// <summary><c>java.util.Map.Entry</c> methods on the elements of <c>entrySet()</c>.</summary>
internal static class EntryMethods
{
    public static object? Invoke(MapEntry entry, MethodId id, ReadOnlySpan<object?> arguments, int offset) => (id, arguments.Length) switch
    {
        (MethodId.GetKey, 0) => entry.Key,
        (MethodId.GetValue, 0) => entry.Value,
        (MethodId.SetValue, 1) => Containers.SetEntryValue(entry, arguments[0], offset),
        _ => MethodDispatcher.NotFound,
    };
}
