using System.Diagnostics;
using System.Text.Json;
using PikaMigrate.Analytics;
using PikaMigrate.Analytics.Query;
using PikaMigrate.Core.Configuration;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Testing.Ledger;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.Sandbox.OpenSearch.Bench;

/// <summary>
/// The dashboard's server side at scale: the realistic dataset as the migration leaves it, then, per view and
/// per engine in turn, <see cref="SessionAnalyticsService.QueryAsync"/> as the dashboard calls it (mapping read,
/// Pika's query and the gap probe beside it), and Pika's query and the gap probe each alone. Medians of
/// <see cref="Rounds"/> rounds, after a first round that also builds what an engine builds on first use. Every
/// engine's answer must be the same document.
/// </summary>
internal static class DashboardBench
{
    private const string Index = "session";
    private const int Rounds = 5;

    /// <summary>The day the data ends on, as the dashboard's tests fix it; "now" is that morning.</summary>
    private static readonly DateOnly Today = new(2025, 10, 1);

    public static async Task RunAsync(IReadOnlyList<BenchEngine> engines, int sessions)
    {
        var dataEnd = new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var dataset = new PikaDataset(new DatasetOptions { Sessions = sessions, Users = 5_000, PreTyped = sessions / 20, EndDate = dataEnd });
        foreach (var engine in engines)
        {
            var watch = Stopwatch.StartNew();
            await MigratedIndex.SeedMigratedAsync(engine.Http, Index, dataset);
            Console.WriteLine($"{engine.Name}: loaded {sessions:N0} migrated sessions in {watch.Elapsed.TotalSeconds:0.0} s (load {LoadAverage.Now():0.0})");
        }

        Heap.Print(engines, "after the load");
        var clients = engines.Select(e => OpenSearchClientFactory.Create(new PikaSettings
        {
            Stage = "bench", Project = "pika", Region = "us-east-1", DomainEndpoint = e.Endpoint.GetLeftPart(UriPartial.Authority), SessionIndex = Index,
        })).ToList();
        var services = clients.Select(c => new SessionAnalyticsService(c, Index, new ManualTime(dataEnd.AddHours(9.5)))).ToList();
        var views = DashboardViews.For(Today, dataset.Sessions().GroupBy(s => s.ChatAppId).OrderByDescending(g => g.Count()).ElementAt(1).Key);
        var timings = views.Select(_ => engines.Select(_ => new ViewTimings()).ToArray()).ToArray();
        for (var round = 0; round <= Rounds; round++)
        {
            for (var v = 0; v < views.Count; v++)
            {
                string? first = null;
                for (var e = 0; e < engines.Count; e++)
                {
                    var (answer, elapsed) = await Timed(() => services[e].QueryAsync(views[v].Request, CancellationToken.None));
                    var json = JsonSerializer.Serialize(answer, AnalyticsJson.Options);
                    if (!answer.Success || (first ??= json) != json)
                    {
                        throw new InvalidOperationException($"{engines[e].Name} answered '{views[v].Name}' differently: {(answer.Success ? json : answer.Error)}");
                    }

                    var cell = timings[v][e];
                    cell.Sessions = answer.Summary.TotalSessions;
                    if (round == 0)
                    {
                        cell.First = elapsed;
                        continue;
                    }

                    cell.Load.Add(LoadAverage.Now());
                    cell.Query.Add(elapsed);
                    var searches = AnalyticsSearches.For(RequestValidator.Validate(views[v].Request, Today), await clients[e].GetMappingAsync(Index, CancellationToken.None));
                    cell.Search.Add((await Timed(() => clients[e].SearchAsync(Index, searches.Query, CancellationToken.None))).Elapsed);
                    cell.Probe.Add((await Timed(() => clients[e].SearchAsync(Index, searches.Gaps.Request, CancellationToken.None))).Elapsed);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Per view: QueryAsync as the dashboard calls it (median of {Rounds}, first call), then Pika's query and the gap probe alone (medians), in ms; answers identical on every engine.");
        Console.WriteLine($"{"view",-54} {"engine",-6} {"sessions",9} {"QueryAsync",11} {"first",7} {"query",7} {"probe",7}   load");
        for (var v = 0; v < views.Count; v++)
        {
            for (var e = 0; e < engines.Count; e++)
            {
                var c = timings[v][e];
                Console.WriteLine($"{(e == 0 ? views[v].Name : ""),-54} {engines[e].Name,-6} {c.Sessions,9:N0} {Median(c.Query),11:0} {c.First,7:0} {Median(c.Search),7:0} {Median(c.Probe),7:0}   {c.Load.Min():0.0}–{c.Load.Max():0.0}");
            }
        }

        for (var e = 0; e < engines.Count; e++)
        {
            var all = timings.SelectMany(t => t[e].Query).ToList();
            Console.WriteLine($"{engines[e].Name}: QueryAsync over every view and round: median {Median(all):0} ms, max {all.Max():0} ms");
        }

        Heap.Print(engines, "after the views");
        clients.ForEach(c => c.Dispose());
    }

    private static async Task<(T Result, double Elapsed)> Timed<T>(Func<Task<T>> call)
    {
        var watch = Stopwatch.StartNew();
        var result = await call();
        return (result, watch.Elapsed.TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[(sorted.Count - 1) / 2];
    }


    private sealed class ViewTimings
    {
        public long Sessions { get; set; }

        public double First { get; set; }

        public List<double> Query { get; } = [];

        public List<double> Search { get; } = [];

        public List<double> Probe { get; } = [];

        public List<double> Load { get; } = [];
    }
}
