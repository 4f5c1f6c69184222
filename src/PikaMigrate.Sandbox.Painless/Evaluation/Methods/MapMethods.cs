using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation.Methods;

/// <summary>
/// <c>java.util.Map</c> methods. <c>keySet()</c>, <c>values()</c> and <c>entrySet()</c> return snapshot lists,
/// not live views: iterating them while changing the map works here where Java would throw.
/// </summary>
internal static class MapMethods
{
    public static object? Invoke(IReadOnlyDictionary<string, object?> map, MethodId id, ReadOnlySpan<object?> arguments, int offset)
    {
        switch (id, arguments.Length)
        {
            case (MethodId.ContainsKey, 1):
                return Boxes.Bool(arguments[0] is string key && map.ContainsKey(key));
            case (MethodId.ContainsValue, 1):
                foreach (var value in map.Values)
                {
                    if (JavaEquality.JavaEquals(value, arguments[0]))
                    {
                        return Boxes.True;
                    }
                }

                return Boxes.False;
            case (MethodId.Get, 1):
                return MapValues.Get(map, arguments[0]);
            case (MethodId.GetOrDefault, 2):
                return arguments[0] is string name && map.TryGetValue(name, out var found) ? found : arguments[1];
            case (MethodId.Size, 0):
                return Boxes.Int(map.Count);
            case (MethodId.IsEmpty, 0):
                return Boxes.Bool(map.Count == 0);
            case (MethodId.KeySet, 0):
                return new List<object?>(map.Keys);
            case (MethodId.Values, 0):
                return new List<object?>(map.Values);
            case (MethodId.EntrySet, 0):
                return EntrySet(map);
            case (MethodId.Put, 2):
                return Put(Mutable(map, offset), arguments[0], arguments[1], offset);
            case (MethodId.PutIfAbsent, 2):
                var target = Mutable(map, offset);
                var current = MapValues.Get(target, arguments[0]);
                return current ?? Put(target, arguments[0], arguments[1], offset);
            case (MethodId.Remove, 1):
                var removeFrom = Mutable(map, offset);
                return arguments[0] is string removed && removeFrom.Remove(removed, out var previous) ? previous : null;
            case (MethodId.PutAll, 1):
                PutAll(Mutable(map, offset), arguments[0], offset);
                return null;
            case (MethodId.Clear, 0):
                Mutable(map, offset).Clear();
                return null;
            default:
                return MethodDispatcher.NotFound;
        }
    }

    private static Dictionary<string, object?> Mutable(IReadOnlyDictionary<string, object?> map, int offset) =>
        map as Dictionary<string, object?> ?? throw RuntimeErrors.UnmodifiableMap(offset);

    private static object? Put(Dictionary<string, object?> map, object? key, object? value, int offset)
    {
        var name = Containers.RequireStringKey(key, offset);
        map.TryGetValue(name, out var previous);
        map[name] = value;
        return previous;
    }

    private static void PutAll(Dictionary<string, object?> map, object? source, int offset)
    {
        var entries = source switch
        {
            IReadOnlyDictionary<string, object?> other => other,
            null => throw RuntimeErrors.NullValue(offset, "m"),
            _ => throw RuntimeErrors.ClassCast(offset, $"Cannot cast {JavaTypeNames.Of(source)} to java.util.Map"),
        };

        // Copy first: putAll of a map into itself must not modify it while enumerating.
        foreach (var (key, value) in entries.ToArray())
        {
            map[key] = value;
        }
    }

    private static List<object?> EntrySet(IReadOnlyDictionary<string, object?> map)
    {
        var owner = map as Dictionary<string, object?>;
        var entries = new List<object?>(map.Count);
        foreach (var (key, value) in map)
        {
            entries.Add(new MapEntry(key, value, owner));
        }

        return entries;
    }
}
