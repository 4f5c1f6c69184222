using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using PikaMigrate.Backfill.Bench;
using PikaMigrate.Core.Configuration;
using PikaMigrate.DynamoDb;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.DynamoDbLocal;
using PikaMigrate.Sandbox.Seeding;

// The B1 backfill three ways on the guide's dataset, each on a fresh seed in DynamoDB Local behind a latency proxy:
// the guide's algorithm, the server's floor, and ours (the CLI through ./pika-migrate, as operators run it). Prints a Markdown table of the figures.
// With --max-write-rate N, only ours runs, with that ceiling, and the table gives the rate it achieved.
//   dotnet run -c Release --project bench/PikaMigrate.Backfill.Bench [-- --runs 3 --latency-ms 0,5] [--max-write-rate 200]
var runs = Option("--runs", "3").Split(',').Select(int.Parse).Single();
var latencies = Option("--latency-ms", "0,5").Split(',').Select(int.Parse).ToList();
double? maxWriteRate = Option("--max-write-rate", string.Empty) is { Length: > 0 } rate ? double.Parse(rate, CultureInfo.InvariantCulture) : null;
const string Project = "pika";
const string Stage = "bench";
var sessionTable = $"chat-session-{Project}-{Stage}";
var userTable = $"chat-user-{Project}-{Stage}";
var dataset = new PikaDataset(new DatasetOptions { EndDate = new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero) });
var toUpdate = dataset.Options.Sessions - dataset.Options.PreTyped;
var work = Directory.CreateTempSubdirectory("pika-backfill-bench-").FullName;

await CliBackfill.BuildAsync();
await using var server = await DynamoDbLocalServer.StartAsync(new DynamoDbLocalOptions());
using var admin = Client(server.Endpoint);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"DynamoDB Local (in memory) at {server.Endpoint}; {Environment.ProcessorCount} cores; {dataset.Options.Sessions:N0} sessions, {dataset.Options.Users} users ({dataset.Options.Users / dataset.Options.MissingUserEvery} missing from chat-user), {dataset.Options.PreTyped} already typed; {runs} run(s) at {string.Join(" and ", latencies)} ms"));

Console.WriteLine($"Load average at start: {ServerCpu.LoadAverage()}");
if (maxWriteRate is { } ceiling)
{
    Console.WriteLine();
    Console.WriteLine(CappedRun.Header);
    var capped = new List<string>();
    foreach (var latency in latencies)
    {
        await using var proxy = await LatencyProxy.StartAsync(server.Endpoint, TimeSpan.FromMilliseconds(latency));
        for (var run = 1; run <= runs; run++)
        {
            var (ours, cli) = await MeasureOursAsync(proxy, latency, run, ceiling);
            capped.Add(new CappedRun(latency, run, ceiling, toUpdate, cli, ours.State).Row());
            Console.WriteLine(capped[^1]);
        }
    }

    Console.WriteLine($"Load average at end: {ServerCpu.LoadAverage()}");
    Directory.Delete(work, recursive: true);
    return capped.All(r => r.EndsWith("| ok |", StringComparison.Ordinal)) ? 0 : 1;
}

var rows = new List<(string Run, Figures Figures)>();
foreach (var latency in latencies)
{
    await using var proxy = await LatencyProxy.StartAsync(server.Endpoint, TimeSpan.FromMilliseconds(latency));
    using var client = Client(proxy.Endpoint);
    var atLatency = new List<Figures>();
    for (var run = 1; run <= runs; run++)
    {
        var guide = await MeasureAsync(proxy, () => GuideBackfill.RunAsync(client, sessionTable, userTable));
        var floor = await MeasureAsync(proxy, () => FloorWriter.RunAsync(client, sessionTable, dataset));
        var floorWrites = OursPhases.Writes(proxy.Calls);
        var (ours, cli) = await MeasureOursAsync(proxy, latency, run, null);
        var figures = new Figures(latency, run, guide, floor, ours with { Seconds = cli.Seconds }, cli.PeakBytes);
        atLatency.Add(figures);
        rows.Add((run.ToString(CultureInfo.InvariantCulture), figures));
        Console.WriteLine($"{latency} ms, run {run}: guide {guide.Seconds:0.00} s, floor {floor.Seconds:0.00} s, ours {cli.Seconds:0.00} s (load average {ServerCpu.LoadAverage()})");
        Console.WriteLine($"  CPU s (DynamoDB Local + client): guide {guide.Cpu}, floor {floor.Cpu}, ours {ours.Cpu}");
        Console.WriteLine($"  floor: {floorWrites}");
        Console.WriteLine($"  ours: {OursPhases.Describe(proxy.Calls)}; requests: {string.Join(", ", Requests(proxy))}");
    }

    rows.Add(("median", Figures.Median(atLatency)));
}

Console.WriteLine();
Console.WriteLine(Figures.Header);
foreach (var (run, figures) in rows)
{
    Console.WriteLine(figures.Row(run));
}

Console.WriteLine($"Load average at end: {ServerCpu.LoadAverage()}");
Directory.Delete(work, recursive: true);
return rows.All(r => r.Figures.Guide.State == "ok" && r.Figures.Floor.State == "ok" && r.Figures.Ours.State == "ok") ? 0 : 1;

// A fresh seed (every table dropped, the ledger's too), one contestant timed through the proxy, then its end state checked.
async Task<Timed> MeasureAsync(LatencyProxy proxy, Func<Task<int>> contestant, Func<double>? clientCpu = null)
{
    foreach (var table in (await admin.ListTablesAsync()).TableNames ?? [])
    {
        await admin.DeleteTableAsync(table);
    }

    await new DynamoDbSeeder(admin).SeedAsync(dataset, sessionTable, userTable, CancellationToken.None);
    proxy.Reset();
    var serverCpu = ServerCpu.Seconds();
    var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var updated = await contestant();
    var seconds = clock.Elapsed.TotalSeconds;
    var cpu = string.Create(CultureInfo.InvariantCulture, $"{ServerCpu.Seconds() - serverCpu:0.0} + {clientCpu?.Invoke() ?? (Process.GetCurrentProcess().TotalProcessorTime - benchCpu).TotalSeconds:0.0}");
    var requests = proxy.Requests;
    var state = await FinalState.CheckAsync(admin, sessionTable, dataset);
    return new Timed(seconds, (double)requests / toUpdate, updated == toUpdate ? state : $"{state}, {updated} updated", cpu);
}

// Ours, the built CLI as its own process, in its own work folder.
async Task<(Timed Ours, CliRun Cli)> MeasureOursAsync(LatencyProxy proxy, int latency, int run, double? ceiling)
{
    CliRun? cli = null;
    var ours = await MeasureAsync(
        proxy,
        async () =>
        {
            cli = await CliBackfill.RunAsync(proxy.Endpoint, Project, Stage, Directory.CreateDirectory(Path.Combine(work, $"ours-{latency}-{run}")).FullName, ceiling);
            return cli.ExitCode == 0 ? toUpdate : throw new InvalidOperationException($"pika-migrate exited {cli.ExitCode}:\n{cli.Output}");
        },
        () => cli!.CpuSeconds);
    return (ours, cli!);
}

IEnumerable<string> Requests(LatencyProxy proxy) => proxy.RequestsByOperation.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}");

string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

static IAmazonDynamoDB Client(Uri endpoint) => DynamoDbClientFactory.Create(new PikaSettings
{
    Stage = Stage,
    Project = Project,
    AwsVariables = new Dictionary<string, string>
    {
        ["AWS_REGION"] = "us-east-1",
        ["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint.ToString(),
        ["AWS_ACCESS_KEY_ID"] = "local",
        ["AWS_SECRET_ACCESS_KEY"] = "local",
    },
});
