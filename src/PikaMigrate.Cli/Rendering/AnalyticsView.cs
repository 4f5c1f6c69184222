using PikaMigrate.Analytics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PikaMigrate.Cli.Rendering;

/// <summary>
/// An analytics answer for the terminal, every table narrower than 80 columns: what was asked, the warnings, the
/// key metrics, the time series with an inline bar, top chat apps (and entities), and cost by invocation mode and
/// by source.
/// </summary>
internal static class AnalyticsView
{
    private const int BarWidth = 16;

    /// <param name="withTimeSeries">False for a summary (the demo's ending): the key metrics and breakdowns only.</param>
    public static void Render(SessionAnalyticsRequest request, SessionAnalyticsResponse response, AnalyticsSource source, IAnsiConsole console, bool withTimeSeries)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]Session Analytics[/] {Markup.Escape($"{request.DateRange!.Start} to {request.DateRange.End} (UTC), by {request.GroupBy ?? AnalyticsVocabulary.Day}")}");
        console.Write(Asked(request, source));
        Warnings(response, source, console);
        if (!response.Success)
        {
            return;
        }

        console.Write(KeyMetrics(response.Summary));
        if (response.Summary.TotalSessions == 0)
        {
            console.WriteLine("No sessions match these filters in this range.");
            return;
        }

        if (withTimeSeries)
        {
            console.Write(TimeSeries(response.TimeSeries, request.GroupBy ?? AnalyticsVocabulary.Day));
        }

        console.Write(Top("Top chat apps by cost", "Chat app", response.TopChatApps.Select(a => (a.ChatAppId, a.SessionCount, a.UniqueUserCount, a.TotalCost))));
        if (request.EntityAttributeName is { Length: > 0 } attribute && response.TopEntities.Count > 0)
        {
            console.Write(Top($"Top entities by cost ({attribute})", "Entity", response.TopEntities.Select(e => (e.EntityId, e.SessionCount, e.UniqueUserCount, e.TotalCost))));
        }

        console.Write(CostBy("Cost by invocation mode", "Invocation mode", response.CostByInvocationMode.Select(m => (m.Description, m.SessionCount, m.TotalCost))));
        if (response.CostBySource.Count > 0)
        {
            console.Write(CostBy("Cost by source", "Source", response.CostBySource.Select(s => (s.Description, s.SessionCount, s.TotalCost))));
        }
    }

    /// <summary>The filters, one to a line, and where the answer came from.</summary>
    private static Grid Asked(SessionAnalyticsRequest request, AnalyticsSource source)
    {
        static string List(IReadOnlyList<string>? values, string none) => values is { Count: > 0 } ? string.Join(", ", values) : none;
        var grid = new Grid().AddColumn(new GridColumn().PadLeft(2).PadRight(2)).AddColumn();
        void Row(string label, string value) => grid.AddRow(new Text(label), new Text(value));
        Row("user types", List(request.UserTypes, "all"));
        Row("modes", List(request.InvocationModes, "chat-app, undefined"));
        Row("sources", List(request.Sources, "all"));
        Row("chat apps", List(request.ChatAppIds, "all"));
        if (request.EntityId is { Length: > 0 } entity)
        {
            Row("entity", $"{entity} (session_attributes.{request.EntityAttributeName})");
        }

        Row("index", $"'{source.Index}', answered in {source.Took.TotalMilliseconds:0} ms");
        Row("endpoint", source.Endpoint);
        return grid;
    }

    private static void Warnings(SessionAnalyticsResponse response, AnalyticsSource source, IAnsiConsole console)
    {
        var warnings = response.Warnings ?? [];
        if (!response.Success && warnings.Any(w => w.Blocking))
        {
            console.MarkupLineInterpolated($"[red]✗ Session Analytics cannot answer from '{source.Index}' yet:[/]");
        }
        else if (!response.Success)
        {
            console.MarkupLineInterpolated($"[red]✗ {response.Error}[/]");
        }

        foreach (var warning in warnings)
        {
            console.MarkupLine((warning.Blocking ? "  [red]•[/] " : "[yellow]⚠[/] ") + Markup.Escape(warning.Message));
        }
    }

    private static Table KeyMetrics(AnalyticsSummary summary)
    {
        var tokens = summary.TotalInputTokens + summary.TotalOutputTokens;
        var table = new Table { Title = new TableTitle("Key metrics"), Border = TableBorder.Rounded, ShowHeaders = false }
            .AddColumn(string.Empty).AddColumn(new TableColumn(string.Empty).RightAligned())
            .AddColumn(string.Empty).AddColumn(new TableColumn(string.Empty).RightAligned());
        table.AddRow("Sessions", Figures.Count(summary.TotalSessions), "Total cost", Figures.Money(summary.TotalCost));
        table.AddRow("Unique users", Figures.Count(summary.UniqueUsers), "Avg cost/session", Figures.Money(summary.AvgCostPerSession));
        table.AddRow("Input tokens", Figures.Count(summary.TotalInputTokens), "Cost per 1M tokens", tokens == 0 ? "-" : Figures.Money(summary.TotalCost / tokens * 1_000_000));
        table.AddRow("Output tokens", Figures.Count(summary.TotalOutputTokens), "Avg tokens/session", Figures.Count((long)Math.Round(summary.AvgTokensPerSession)));
        table.AddRow("Messages", "not tracked", "Unique entities", summary.UniqueEntities is { } entities ? Figures.Count(entities) : "-");
        return table;
    }

    private static Table TimeSeries(IReadOnlyList<AnalyticsTimeSeriesPoint> points, string groupBy)
    {
        var table = Listing($"Sessions by {groupBy}", groupBy == AnalyticsVocabulary.Day ? "Day" : $"{char.ToUpperInvariant(groupBy[0])}{groupBy[1..]} of", "Sessions", "Users", "Tokens", "Cost");
        var max = points.Count == 0 ? 0 : points.Max(p => p.SessionCount);
        foreach (var point in points)
        {
            Row(table, point.Date, Figures.Count(point.SessionCount), Figures.Count(point.UniqueUserCount), Figures.Compact(point.InputTokens + point.OutputTokens), Figures.Money(point.TotalCost), InlineBar.Of(point.SessionCount, max, BarWidth));
        }

        return table;
    }

    private static Table Top(string title, string what, IEnumerable<(string Id, long Sessions, long Users, double Cost)> rows)
    {
        var list = rows.ToList();
        var table = Listing(title, what, "Sessions", "Users", "Cost");
        var max = list.Count == 0 ? 0 : list.Max(r => r.Cost);
        foreach (var (id, sessions, users, cost) in list)
        {
            Row(table, id, Figures.Count(sessions), Figures.Count(users), Figures.Money(cost), InlineBar.Of(cost, max, BarWidth));
        }

        return table;
    }

    private static Table CostBy(string title, string what, IEnumerable<(string Label, long Sessions, double Cost)> rows)
    {
        var list = rows.ToList();
        var table = Listing(title, what, "Sessions", "Cost", "Share");
        var total = list.Sum(r => r.Cost);
        foreach (var (label, sessions, cost) in list)
        {
            Row(table, label, Figures.Count(sessions), Figures.Money(cost), Figures.Percent(cost, total), InlineBar.Of(cost, total, BarWidth));
        }

        return table;
    }

    /// <summary>A table whose first column is text and whose others are right-aligned figures, ending with a bar.</summary>
    private static Table Listing(string title, string first, params string[] figures)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Simple }.AddColumn(first);
        foreach (var figure in figures)
        {
            table.AddColumn(new TableColumn(figure).RightAligned());
        }

        return table.AddColumn(new TableColumn(string.Empty).NoWrap());
    }

    private static void Row(Table table, params string[] cells) =>
        table.AddRow([.. cells.Select((cell, i) => i == cells.Length - 1 ? new Markup($"[blue]{Markup.Escape(cell)}[/]") : (IRenderable)new Text(cell))]);
}
