namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>
/// The Java class names Painless prints in its error messages for the .NET values this interpreter uses.
/// </summary>
internal static class JavaTypeNames
{
    public const string HashMap = "java.util.HashMap";
    public const string UnmodifiableMap = "java.util.Collections.UnmodifiableMap";
    public const string ArrayList = "java.util.ArrayList";

    /// <summary>The canonical class name, e.g. <c>java.lang.Integer</c>.</summary>
    public static string Of(object value) => value switch
    {
        string => "java.lang.String",
        int => "java.lang.Integer",
        long => "java.lang.Long",
        double => "java.lang.Double",
        bool => "java.lang.Boolean",
        Dictionary<string, object?> => HashMap,
        IReadOnlyDictionary<string, object?> => UnmodifiableMap,
        List<object?> => ArrayList,
        MapEntry => "java.util.HashMap.Node",
        _ => value.GetType().FullName ?? value.GetType().Name,
    };

    /// <summary>The name with primitives unboxed, as the <c>def</c> cast messages print it, e.g. <c>int</c>.</summary>
    public static string UnboxedOf(object value) => value switch
    {
        int => "int",
        long => "long",
        double => "double",
        bool => "boolean",
        _ => Of(value),
    };
}
