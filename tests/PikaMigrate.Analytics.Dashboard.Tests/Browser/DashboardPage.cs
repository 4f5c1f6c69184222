using System.Text.Json;
using Microsoft.Playwright;
using PikaMigrate.Analytics.Dashboard.Tests.Fixtures;

namespace PikaMigrate.Analytics.Dashboard.Tests.Browser;

/// <summary>
/// The dashboard page in its own browser context, read and driven the way a person would: the texts in the KPI
/// cards, the charts chart.js drew, the controls of the filter bar. It records what the browser reports (console
/// errors, failed requests, every address the page fetched) for the tests to check.
/// </summary>
internal sealed class DashboardPage : IAsyncDisposable
{
    /// <summary>Each chart canvas on the page, by id.</summary>
    public static readonly IReadOnlyList<string> ChartIds = ["chart-trend", "chart-cost", "chart-modes", "chart-sources", "chart-apps", "chart-entities"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(30);

    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];
    private readonly List<string> _requested = [];

    private DashboardPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Record(_problems, $"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Record(_problems, $"page error: {error}");
        page.RequestFailed += (_, request) => Record(_problems, $"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Request += (_, request) => Record(_requested, request.Url);
    }

    public IPage Page { get; }

    /// <summary>Console errors and warnings, uncaught exceptions and failed requests, so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>Every address the page requested, so far.</summary>
    public IReadOnlyList<string> Requested
    {
        get
        {
            lock (_requested)
            {
                return [.. _requested];
            }
        }
    }

    /// <summary>Opens <paramref name="address"/> and waits for its first drawing (figures, empty state or error).</summary>
    public static async Task<DashboardPage> OpenAsync(IBrowser browser, Uri address)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = new DashboardPage(context, await context.NewPageAsync());
        await page.Page.GotoAsync(address.AbsoluteUri);
        await page.WaitForRendersAsync(0);
        return page;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    /// <summary>ready, empty or error once drawn; loading while a query runs.</summary>
    public Task<string> StateAsync() => Page.EvaluateAsync<string>("document.body.dataset.state");

    /// <summary>Does something that changes the view and waits until the page has redrawn for it.</summary>
    public async Task RedrawAfterAsync(Func<Task> action)
    {
        var before = await Page.EvaluateAsync<int>("window.pikaDashboard.renders");
        await action();
        await WaitForRendersAsync(before);
    }

    /// <summary>The KPI cards' values, by card.</summary>
    public async Task<IReadOnlyDictionary<string, string>> KpisAsync() =>
        await Page.EvaluateAsync<Dictionary<string, string>>(
            "Object.fromEntries([...document.querySelectorAll('[data-kpi]')].map(c => [c.dataset.kpi, c.querySelector('.kpi-value').textContent]))");

    /// <summary>What chart.js holds and what it painted, for each chart on the page.</summary>
    public async Task<IReadOnlyList<DrawnChart>> ChartsAsync()
    {
        var json = await Page.EvaluateAsync<JsonElement>(
            """
            ids => ids.filter(id => !document.getElementById(id).closest('[hidden]')).map(id => {
              const canvas = document.getElementById(id);
              const chart = Chart.getChart(canvas);
              // Read from a copy made for reading, so the page's own canvas is left as chart.js set it up.
              const copy = document.createElement('canvas');
              copy.width = canvas.width;
              copy.height = canvas.height;
              const reader = copy.getContext('2d', { willReadFrequently: true });
              reader.drawImage(canvas, 0, 0);
              const pixels = reader.getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
              return {
                id,
                labels: chart.data.labels.map(String),
                values: [...(chart.data.datasets[0]?.data ?? [])],
                sums: chart.data.datasets.map(d => d.data.reduce((sum, v) => sum + Math.abs(v), 0)),
                painted,
                pixels: canvas.width * canvas.height,
              };
            })
            """,
            ChartIds);
        return json.Deserialize<List<DrawnChart>>(Json)!;
    }

    /// <summary>The page's own record of its last redraw: from the change to the next paint, split into request and drawing.</summary>
    public async Task<RedrawTiming> LastTimingAsync() =>
        (await Page.EvaluateAsync<JsonElement>("window.pikaDashboard.timings.at(-1)")).Deserialize<RedrawTiming>(Json)!;

    public async Task<string> QueryAsync() => new Uri(await Page.EvaluateAsync<string>("location.href")).Query;

    public Task ClickAsync(string selector) => Page.Locator(selector).ClickAsync();

    /// <summary>Opens a dropdown of the filter bar and (un)checks one of its options.</summary>
    public async Task PickAsync(string dropdown, string value, bool check = true)
    {
        var menu = Page.Locator(dropdown);
        if (!await menu.EvaluateAsync<bool>("d => d.open"))
        {
            await menu.Locator("summary").ClickAsync();
        }

        var option = menu.Locator($"input[value=\"{value}\"]");
        await (check ? option.CheckAsync() : option.UncheckAsync());
    }

    /// <summary>Types a day into a date input, as a person picking it in the calendar does.</summary>
    public Task SetDateAsync(string selector, string day) => Page.Locator(selector).FillAsync(day);

    /// <summary>The values of the pressed buttons of a segmented control.</summary>
    public async Task<IReadOnlyList<string>> PressedAsync(string selector) =>
        await Page.Locator($"{selector} button[aria-pressed=\"true\"]").EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.dataset.value)");

    /// <summary>Clicks a bar of a horizontal bar chart, where a person would: in the middle of the bar.</summary>
    /// <returns>The bar's label.</returns>
    public async Task<string> ClickBarAsync(string chartId, int index)
    {
        var target = await Page.EvaluateAsync<JsonElement>(
            """
            ([id, index]) => {
              const canvas = document.getElementById(id);
              canvas.scrollIntoView({ block: 'center' });
              const chart = Chart.getChart(canvas);
              const bar = chart.getDatasetMeta(0).data[index];
              const box = canvas.getBoundingClientRect();
              return { x: box.left + (bar.base + bar.x) / 2, y: box.top + bar.y, label: chart.data.labels[index] };
            }
            """,
            new object[] { chartId, index });
        await Page.Mouse.ClickAsync(target.GetProperty("x").GetSingle(), target.GetProperty("y").GetSingle());
        return target.GetProperty("label").GetString()!;
    }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathOf(name), FullPage = true });

    private async Task WaitForRendersAsync(int before) =>
        await Page.WaitForFunctionAsync(
            "before => window.pikaDashboard && window.pikaDashboard.renders > before && document.body.dataset.state !== 'loading'",
            before,
            new PageWaitForFunctionOptions { Timeout = (float)RenderTimeout.TotalMilliseconds });

    private static void Record(List<string> list, string entry)
    {
        lock (list)
        {
            list.Add(entry);
        }
    }
}
