using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.Migrations.V0_11_0.Twins;

/// <summary>
/// How one twin pair is mapped, and which fields hold each side's exact value for term queries and terms
/// aggregations: a keyword field itself, or a text field's keyword sub-field (dynamic mapping's
/// <c>.keyword</c>, which skips values longer than its <c>ignore_above</c>, 256 by default).
/// </summary>
public sealed record TwinFields(KeywordTwin Pair, FieldMapping? SourceMapping, FieldMapping? TwinMapping)
{
    public bool TwinIsKeyword => TwinMapping?.Type == "keyword";

    public (string Field, int? IgnoreAbove)? SourceExact => Exact(Pair.Source, SourceMapping);

    public (string Field, int? IgnoreAbove)? TwinExact => Exact(Pair.Twin, TwinMapping);

    public static TwinFields Resolve(IndexMapping mapping, KeywordTwin pair) =>
        new(pair, mapping.Find(pair.Source), mapping.Find(pair.Twin));

    private static (string Field, int? IgnoreAbove)? Exact(string name, FieldMapping? mapping)
    {
        if (mapping is null)
        {
            return null;
        }

        if (mapping.Type == "keyword")
        {
            return (name, mapping.IgnoreAbove);
        }

        foreach (var (subName, sub) in mapping.Fields)
        {
            if (sub.Type == "keyword")
            {
                return ($"{name}.{subName}", sub.IgnoreAbove);
            }
        }

        return null;
    }
}
