using System.Globalization;
using PikaMigrate.Sandbox.OpenSearch.Bench;

// The engine at sandbox scale, over real HTTP (see the engine README's Performance section):
//   [sessions] [--engine NAME=URL ...]            bulk load, counts, A1, A2, the Session Analytics query, a search_after walk, _mget
//   dashboard [sessions] [--engine NAME=URL ...]  the dashboard's own requests (SessionAnalyticsService) for the views its browser test shows
//   serve PORT                                    an engine with its default options until Ctrl+C or SIGTERM (SIGHUP prints its managed heap)
// Without --engine the bench starts an engine in its own process. Given several engines (e.g. an older build's
// `serve` and this one's), every step runs on each in turn, so a shared, noisy machine weighs on them alike.
var mode = args.Length > 0 && args[0] is "dashboard" or "serve" ? args[0] : "engine";
var rest = mode == "engine" ? args : args[1..];
if (mode == "serve")
{
    await ServeMode.RunAsync(int.Parse(rest[0], CultureInfo.InvariantCulture));
    return;
}

var engines = new List<string>();
var sessions = 200_000;
for (var i = 0; i < rest.Length; i++)
{
    if (rest[i] == "--engine")
    {
        engines.Add(rest[++i]);
    }
    else
    {
        sessions = int.Parse(rest[i], CultureInfo.InvariantCulture);
    }
}

var targets = await BenchEngine.StartAsync(engines);
try
{
    Console.WriteLine($"{Environment.ProcessorCount} cores; {sessions:N0} sessions; engines: {string.Join(", ", targets.Select(t => $"{t.Name} at {t.Endpoint}"))}");
    await (mode == "dashboard" ? DashboardBench.RunAsync(targets, sessions) : EngineBench.RunAsync(targets, sessions));
}
finally
{
    foreach (var target in targets)
    {
        await target.DisposeAsync();
    }
}
