using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation.Methods;

/// <summary>
/// Dynamic method calls: the receiver's runtime type picks the method table (Painless looks methods up by
/// receiver class, name and arity), then <c>equals</c>/<c>toString</c> apply to everything.
/// </summary>
internal static class MethodDispatcher
{
    /// <summary>Returned by the method tables when they have no method of that name and arity.</summary>
    public static readonly object NotFound = new();

    public static object? Invoke(object receiver, MethodId id, string name, ReadOnlySpan<object?> arguments, int offset)
    {
        var result = receiver switch
        {
            IReadOnlyDictionary<string, object?> map => MapMethods.Invoke(map, id, arguments, offset),
            List<object?> list => ListMethods.Invoke(list, id, arguments, offset),
            string text => StringMethods.Invoke(text, id, arguments, offset),
            MapEntry entry => EntryMethods.Invoke(entry, id, arguments, offset),
            int or long or double => NumberMethods.Invoke(receiver, id, arguments),
            _ => NotFound,
        };

        if (ReferenceEquals(result, NotFound))
        {
            result = (id, arguments.Length) switch
            {
                (MethodId.EqualsMethod, 1) => Boxes.Bool(JavaEquality.JavaEquals(receiver, arguments[0])),
                (MethodId.ToStringMethod, 0) => JavaText.ToJavaString(receiver),
                _ => throw RuntimeErrors.MethodNotFound(offset, receiver, name, arguments.Length),
            };
        }

        return result;
    }
}
