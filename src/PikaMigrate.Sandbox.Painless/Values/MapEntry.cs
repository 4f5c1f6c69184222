namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>
/// One element of <c>map.entrySet()</c>: Java's <c>Map.Entry</c>, with <c>setValue</c> writing through to the map
/// as Java's <c>HashMap</c> entries do.
/// </summary>
internal sealed class MapEntry(string key, object? value, Dictionary<string, object?>? owner)
{
    public string Key { get; } = key;

    public object? Value { get; private set; } = value;

    /// <summary>The map the entry came from; null when that map is read-only.</summary>
    public Dictionary<string, object?>? Owner { get; } = owner;

    public object? SetValue(object? value)
    {
        var previous = Value;
        Value = value;
        Owner![Key] = value;
        return previous;
    }
}
