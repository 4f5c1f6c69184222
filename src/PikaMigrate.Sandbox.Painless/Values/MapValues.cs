namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>
/// How the interpreter recognises maps: a <see cref="Dictionary{TKey,TValue}"/> is a mutable Java map; any other
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> (for example the wrapped <c>params</c>) is an unmodifiable one.
/// </summary>
internal static class MapValues
{
    public static object? Get(IReadOnlyDictionary<string, object?> map, object? key) =>
        key is string name && map.TryGetValue(name, out var value) ? value : null;
}
