namespace PikaMigrate.Migrations.V0_11_0.Twins;

/// <summary>
/// A session field that dynamic mapping made <c>text</c> (so it cannot be aggregated) and the <c>keyword</c>
/// field 0.11 adds beside it, holding the same value.
/// </summary>
public sealed record KeywordTwin(string Source, string Twin)
{
    public static readonly KeywordTwin InvocationMode = new("invocation_mode", "invocation_mode_keyword");
    public static readonly KeywordTwin UserType = new("user_type", "user_type_keyword");
    public static readonly KeywordTwin SessionSource = new("source", "source_keyword");

    /// <summary>In the guide's order.</summary>
    public static readonly IReadOnlyList<KeywordTwin> All = [InvocationMode, UserType, SessionSource];

    public override string ToString() => $"{Source} -> {Twin}";
}
