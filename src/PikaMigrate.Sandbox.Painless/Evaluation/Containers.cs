using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>
/// Field access <c>x.name</c> and brace access <c>x[key]</c> on <c>def</c> values, as Painless links them:
/// maps read and write keys, lists take numeric shortcuts (<c>list.0</c>) and indexes (negative ones count from
/// the end), and allowlisted getters win over map keys (<c>map.empty</c> is <c>isEmpty()</c>).
/// </summary>
internal static class Containers
{
    /// <summary><c>receiver.name</c>; <paramref name="listIndex"/> is the name parsed as a list shortcut, if numeric.</summary>
    public static object? GetMember(object receiver, string name, int? listIndex, int offset)
    {
        switch (receiver)
        {
            case IReadOnlyDictionary<string, object?> map:
                if (name == "empty")
                {
                    return Boxes.Bool(map.Count == 0);
                }

                return map.TryGetValue(name, out var value) ? value : null;
            case List<object?> list:
                if (listIndex is int index)
                {
                    return ElementAt(list, index, offset);
                }

                return name switch
                {
                    "empty" => Boxes.Bool(list.Count == 0),
                    "length" => Boxes.Int(list.Count),
                    _ => throw RuntimeErrors.IllegalListShortcut(offset, name),
                };
            case MapEntry entry when name is "key" or "value":
                return name == "key" ? entry.Key : entry.Value;
            case string text when name == "empty":
                return Boxes.Bool(text.Length == 0);
            default:
                throw RuntimeErrors.GetterNotFound(offset, receiver, name);
        }
    }

    /// <summary><c>receiver.name = value</c>.</summary>
    public static void SetMember(object receiver, string name, int? listIndex, object? value, int offset)
    {
        switch (receiver)
        {
            case Dictionary<string, object?> map:
                map[name] = value;
                return;
            case IReadOnlyDictionary<string, object?>:
                throw RuntimeErrors.UnmodifiableMap(offset);
            case List<object?> list:
                if (listIndex is not int index)
                {
                    throw RuntimeErrors.IllegalListShortcut(offset, name);
                }

                ReplaceAt(list, index, value, offset);
                return;
            case MapEntry entry when name == "value":
                SetEntryValue(entry, value, offset);
                return;
            default:
                throw RuntimeErrors.SetterNotFound(offset, receiver, name);
        }
    }

    /// <summary><c>receiver[key]</c>.</summary>
    public static object? GetIndexed(object receiver, object? key, int offset) => receiver switch
    {
        IReadOnlyDictionary<string, object?> map => MapValues.Get(map, key),
        List<object?> list => ElementAt(list, NormalizeIndex(list, key, offset), offset),
        _ => throw RuntimeErrors.NotArrayLike(offset, receiver),
    };

    /// <summary><c>receiver[key] = value</c>.</summary>
    public static void SetIndexed(object receiver, object? key, object? value, int offset)
    {
        switch (receiver)
        {
            case Dictionary<string, object?> map:
                map[RequireStringKey(key, offset)] = value;
                return;
            case IReadOnlyDictionary<string, object?>:
                throw RuntimeErrors.UnmodifiableMap(offset);
            case List<object?> list:
                ReplaceAt(list, NormalizeIndex(list, key, offset), value, offset);
                return;
            default:
                throw RuntimeErrors.NotArrayLike(offset, receiver);
        }
    }

    public static string RequireStringKey(object? key, int offset) =>
        key as string ?? throw RuntimeErrors.NonStringKey(offset, key);

    public static object? ElementAt(List<object?> list, int index, int offset) =>
        (uint)index < (uint)list.Count ? list[index] : throw RuntimeErrors.IndexOutOfBounds(offset, index, list.Count);

    public static object? ReplaceAt(List<object?> list, int index, object? value, int offset)
    {
        var previous = ElementAt(list, index, offset);
        list[index] = value;
        return previous;
    }

    public static object? SetEntryValue(MapEntry entry, object? value, int offset) =>
        entry.Owner is null ? throw RuntimeErrors.UnmodifiableMap(offset) : entry.SetValue(value);

    /// <summary>Painless lets <c>list[-1]</c> address the last element.</summary>
    private static int NormalizeIndex(List<object?> list, object? key, int offset)
    {
        var index = Conversions.ToIntArgument(key, offset);
        return index >= 0 ? index : list.Count + index;
    }
}
