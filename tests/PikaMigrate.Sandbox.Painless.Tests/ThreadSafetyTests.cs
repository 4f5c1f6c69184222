namespace PikaMigrate.Sandbox.Painless.Tests;

/// <summary>update_by_query slices run one compiled script on several threads at once.</summary>
public sealed class ThreadSafetyTests
{
    [Fact]
    public async Task One_compiled_script_runs_concurrently_on_separate_documents()
    {
        var script = PainlessScript.Compile("""
            int total = 0;
            for (def x : ctx._source.values) { total += x }
            ctx._source.total = total;
            ctx._source.label = ctx._source.name + '#' + total;
            if (total % 2 == 0) { ctx.op = 'noop' }
            """);
        var parameters = new Dictionary<string, object?> { ["unused"] = 1 };
        var documents = Enumerable.Range(0, 4_000)
            .Select(i => ScriptHarness.NewContext(new()
            {
                ["name"] = $"doc{i}",
                ["values"] = new List<object?> { i, i + 1, i % 7 },
            }))
            .ToArray();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(slice => Task.Run(() =>
        {
            for (var i = slice; i < documents.Length; i += 4)
            {
                script.Execute(ScriptHarness.Variables(documents[i], parameters));
            }
        })));

        for (var i = 0; i < documents.Length; i++)
        {
            var expected = i + i + 1 + i % 7;
            var source = (Dictionary<string, object?>)documents[i]["_source"]!;
            Assert.Equal(expected, source["total"]);
            Assert.Equal($"doc{i}#{expected}", source["label"]);
            Assert.Equal(expected % 2 == 0 ? "noop" : "index", documents[i]["op"]);
        }
    }

    [Fact]
    public async Task Concurrent_failures_report_their_own_documents()
    {
        var script = PainlessScript.Compile("ctx._source.out = 100 / ctx._source.divisor");
        var divisors = Enumerable.Range(0, 2_000).Select(i => i % 3).ToArray();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(slice => Task.Run(() =>
        {
            var failures = 0;
            for (var i = slice; i < divisors.Length; i += 4)
            {
                try
                {
                    script.Execute(ScriptHarness.Variables(ScriptHarness.NewContext(new() { ["divisor"] = divisors[i] })));
                }
                catch (PainlessException error) when (error.CauseType == "arithmetic_exception")
                {
                    failures++;
                }
            }

            return failures;
        })));

        Assert.Equal(divisors.Count(d => d == 0), outcomes.Sum());
    }
}
