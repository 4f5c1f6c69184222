namespace PikaMigrate.Analytics.Dashboard.Tests.Browser;

/// <summary>One chart as the page holds it: its labels, its first dataset's values, each dataset's sum of absolute values, and how much of the canvas it painted.</summary>
internal sealed record DrawnChart(string Id, IReadOnlyList<string> Labels, IReadOnlyList<double> Values, IReadOnlyList<double> Sums, long Painted, long Pixels)
{
    public double PaintedShare => Pixels == 0 ? 0 : (double)Painted / Pixels;
}
