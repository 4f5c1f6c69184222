using PikaMigrate.Sandbox.Painless.Errors;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation.Methods;

/// <summary>
/// <c>java.util.List</c> methods. Like Painless, <c>remove</c> takes an index (<c>List.remove(int)</c> shadows
/// <c>Collection.remove(Object)</c> when methods are looked up by name and arity).
/// </summary>
internal static class ListMethods
{
    public static object? Invoke(List<object?> list, MethodId id, ReadOnlySpan<object?> arguments, int offset)
    {
        switch (id, arguments.Length)
        {
            case (MethodId.Add, 1):
                list.Add(arguments[0]);
                return Boxes.True;
            case (MethodId.Add, 2):
                Insert(list, Conversions.ToIntArgument(arguments[0], offset), arguments[1], offset);
                return null;
            case (MethodId.AddAll, 1):
                var added = Collection(arguments[0], offset);
                list.AddRange(added.ToArray());
                return Boxes.Bool(added.Count > 0);
            case (MethodId.Contains, 1):
                return Boxes.Bool(IndexOf(list, arguments[0]) >= 0);
            case (MethodId.IndexOf, 1):
                return Boxes.Int(IndexOf(list, arguments[0]));
            case (MethodId.LastIndexOf, 1):
                return Boxes.Int(LastIndexOf(list, arguments[0]));
            case (MethodId.Get, 1):
                return Containers.ElementAt(list, Conversions.ToIntArgument(arguments[0], offset), offset);
            case (MethodId.Set, 2):
                return Containers.ReplaceAt(list, Conversions.ToIntArgument(arguments[0], offset), arguments[1], offset);
            case (MethodId.Remove, 1):
                var index = Conversions.ToIntArgument(arguments[0], offset);
                var removed = Containers.ElementAt(list, index, offset);
                list.RemoveAt(index);
                return removed;
            case (MethodId.Size, 0):
                return Boxes.Int(list.Count);
            case (MethodId.IsEmpty, 0):
                return Boxes.Bool(list.Count == 0);
            case (MethodId.Clear, 0):
                list.Clear();
                return null;
            default:
                return MethodDispatcher.NotFound;
        }
    }

    private static void Insert(List<object?> list, int index, object? value, int offset)
    {
        if (index < 0 || index > list.Count)
        {
            throw new ScriptRuntimeException(CauseTypes.IndexOutOfBounds, $"Index: {index}, Size: {list.Count}", offset);
        }

        list.Insert(index, value);
    }

    private static List<object?> Collection(object? value, int offset) => value switch
    {
        List<object?> list => list,
        null => throw RuntimeErrors.NullValue(offset, "c"),
        _ => throw RuntimeErrors.ClassCast(offset, $"Cannot cast {JavaTypeNames.Of(value)} to java.util.Collection"),
    };

    private static int IndexOf(List<object?> list, object? value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (JavaEquality.JavaEquals(list[i], value))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOf(List<object?> list, object? value)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (JavaEquality.JavaEquals(list[i], value))
            {
                return i;
            }
        }

        return -1;
    }
}
