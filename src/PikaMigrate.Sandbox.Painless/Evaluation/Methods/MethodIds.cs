namespace PikaMigrate.Sandbox.Painless.Evaluation.Methods;

/// <summary>Maps a Java method name in the source to its <see cref="MethodId"/>.</summary>
internal static class MethodIds
{
    private static readonly Dictionary<string, MethodId> ByName = new(StringComparer.Ordinal)
    {
        ["add"] = MethodId.Add,
        ["addAll"] = MethodId.AddAll,
        ["clear"] = MethodId.Clear,
        ["contains"] = MethodId.Contains,
        ["containsKey"] = MethodId.ContainsKey,
        ["containsValue"] = MethodId.ContainsValue,
        ["doubleValue"] = MethodId.DoubleValue,
        ["endsWith"] = MethodId.EndsWith,
        ["entrySet"] = MethodId.EntrySet,
        ["equals"] = MethodId.EqualsMethod,
        ["equalsIgnoreCase"] = MethodId.EqualsIgnoreCase,
        ["get"] = MethodId.Get,
        ["getKey"] = MethodId.GetKey,
        ["getOrDefault"] = MethodId.GetOrDefault,
        ["getValue"] = MethodId.GetValue,
        ["indexOf"] = MethodId.IndexOf,
        ["intValue"] = MethodId.IntValue,
        ["isEmpty"] = MethodId.IsEmpty,
        ["keySet"] = MethodId.KeySet,
        ["lastIndexOf"] = MethodId.LastIndexOf,
        ["length"] = MethodId.Length,
        ["longValue"] = MethodId.LongValue,
        ["put"] = MethodId.Put,
        ["putAll"] = MethodId.PutAll,
        ["putIfAbsent"] = MethodId.PutIfAbsent,
        ["remove"] = MethodId.Remove,
        ["replace"] = MethodId.Replace,
        ["set"] = MethodId.Set,
        ["setValue"] = MethodId.SetValue,
        ["sha1"] = MethodId.Sha1,
        ["sha256"] = MethodId.Sha256,
        ["size"] = MethodId.Size,
        ["startsWith"] = MethodId.StartsWith,
        ["substring"] = MethodId.Substring,
        ["toLowerCase"] = MethodId.ToLowerCase,
        ["toString"] = MethodId.ToStringMethod,
        ["toUpperCase"] = MethodId.ToUpperCase,
        ["trim"] = MethodId.Trim,
        ["values"] = MethodId.Values,
    };

    public static MethodId Resolve(string name) => ByName.GetValueOrDefault(name, MethodId.Unknown);
}
