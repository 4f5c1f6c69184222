using System.Text;
using PikaMigrate.Migrations.V0_11_0.Twins;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>
/// The Painless script A2 runs on each selected document: copies every present source field into its twin when
/// the twin is missing or differs, and sets <c>ctx.op = 'noop'</c> when nothing changed, so the document is not
/// rewritten (no new version, nothing for a concurrent writer to conflict with).
/// </summary>
internal static class KeywordCopyScript
{
    public static readonly string Source = Build();

    private static string Build()
    {
        var script = new StringBuilder("def changed = false;");
        foreach (var pair in KeywordTwin.All)
        {
            script.Append($" if (ctx._source.{pair.Source} != null && ctx._source.{pair.Twin} != ctx._source.{pair.Source}) {{ ctx._source.{pair.Twin} = ctx._source.{pair.Source}; changed = true; }}");
        }

        script.Append(" if (!changed) { ctx.op = 'noop'; }");
        return script.ToString();
    }

    /// <summary>True when a running task's description shows it runs this script on <paramref name="index"/>.</summary>
    public static bool Describes(string description, string index) =>
        description.Contains($"[{index}]", StringComparison.Ordinal)
        && KeywordTwin.All.All(p => description.Contains($"ctx._source.{p.Twin} = ctx._source.{p.Source}", StringComparison.Ordinal));
}
