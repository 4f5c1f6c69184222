namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>Names, defaults and <c>instanceof</c> tests of the <see cref="PainlessType"/> values.</summary>
internal static class PainlessTypes
{
    private static readonly Dictionary<string, PainlessType> ByName = new(StringComparer.Ordinal)
    {
        ["def"] = PainlessType.Def,
        ["Object"] = PainlessType.Object,
        ["boolean"] = PainlessType.Boolean,
        ["Boolean"] = PainlessType.BoxedBoolean,
        ["int"] = PainlessType.Int,
        ["Integer"] = PainlessType.BoxedInt,
        ["long"] = PainlessType.Long,
        ["Long"] = PainlessType.BoxedLong,
        ["float"] = PainlessType.Float,
        ["Float"] = PainlessType.BoxedFloat,
        ["double"] = PainlessType.Double,
        ["Double"] = PainlessType.BoxedDouble,
        ["Number"] = PainlessType.Number,
        ["String"] = PainlessType.String,
        ["Map"] = PainlessType.Map,
        ["HashMap"] = PainlessType.HashMap,
        ["List"] = PainlessType.List,
        ["ArrayList"] = PainlessType.ArrayList,
    };

    /// <summary>Painless types this interpreter recognises as type names but does not implement.</summary>
    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "byte", "short", "char", "Byte", "Short", "Character",
    };

    public static bool TryParse(string name, out PainlessType type) => ByName.TryGetValue(name, out type);

    /// <summary>True for the words the lexer treats as type names rather than identifiers.</summary>
    public static bool IsTypeName(string name) => ByName.ContainsKey(name) || Unsupported.Contains(name);

    public static string NameOf(PainlessType type) => type switch
    {
        PainlessType.Def => "def",
        PainlessType.Object => "java.lang.Object",
        PainlessType.Boolean => "boolean",
        PainlessType.BoxedBoolean => "java.lang.Boolean",
        PainlessType.Int => "int",
        PainlessType.BoxedInt => "java.lang.Integer",
        PainlessType.Long => "long",
        PainlessType.BoxedLong => "java.lang.Long",
        PainlessType.Float => "float",
        PainlessType.BoxedFloat => "java.lang.Float",
        PainlessType.Double => "double",
        PainlessType.BoxedDouble => "java.lang.Double",
        PainlessType.Number => "java.lang.Number",
        PainlessType.String => "java.lang.String",
        PainlessType.Map => "java.util.Map",
        PainlessType.HashMap => JavaTypeNames.HashMap,
        PainlessType.List => "java.util.List",
        PainlessType.ArrayList => JavaTypeNames.ArrayList,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The value an uninitialised local of this type holds (<c>int x;</c> is 0, <c>def x;</c> is null).</summary>
    public static object? DefaultValue(PainlessType type) => type switch
    {
        PainlessType.Boolean => Boxes.False,
        PainlessType.Int => Boxes.Int(0),
        PainlessType.Long => 0L,
        PainlessType.Float or PainlessType.Double => 0d,
        _ => null,
    };

    /// <summary><c>value instanceof type</c>; null is an instance of nothing. Floats are carried as doubles.</summary>
    public static bool IsInstance(object? value, PainlessType type) => value is not null && type switch
    {
        PainlessType.Def or PainlessType.Object => true,
        PainlessType.Boolean or PainlessType.BoxedBoolean => value is bool,
        PainlessType.Int or PainlessType.BoxedInt => value is int,
        PainlessType.Long or PainlessType.BoxedLong => value is long,
        PainlessType.Float or PainlessType.BoxedFloat => false,
        PainlessType.Double or PainlessType.BoxedDouble => value is double,
        PainlessType.Number => value is int or long or double,
        PainlessType.String => value is string,
        PainlessType.Map => value is IReadOnlyDictionary<string, object?>,
        PainlessType.HashMap => value is Dictionary<string, object?>,
        PainlessType.List or PainlessType.ArrayList => value is List<object?>,
        _ => false,
    };
}
