using System.Text;

namespace PikaMigrate.Cli.Rendering;

/// <summary>A bar drawn in text inside a table cell, to eighths of a character.</summary>
internal static class InlineBar
{
    private const string Eighths = " ▏▎▍▌▋▊▉";

    public static string Of(double value, double max, int width)
    {
        if (max <= 0 || value <= 0)
        {
            return string.Empty;
        }

        var eighths = (int)Math.Round(Math.Min(value / max, 1) * width * 8);
        var bar = new StringBuilder(new string('█', eighths / 8));
        if (eighths % 8 > 0)
        {
            bar.Append(Eighths[eighths % 8]);
        }

        // A value too small to draw still shows that it is there.
        return bar.Length == 0 ? "▏" : bar.ToString();
    }
}
