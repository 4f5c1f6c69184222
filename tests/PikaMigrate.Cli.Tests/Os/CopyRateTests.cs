using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Os;

/// <summary>A2's plan gives its --requests-per-second and how long the update_by_query takes at it, or says it runs unthrottled.</summary>
[Collection(OsEngineCollection.Name)]
public sealed class CopyRateTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task The_plan_estimates_the_copy_at_the_requests_per_second_given()
    {
        var index = await OsIndex.SeedAsync(engine, 400);

        var throttled = await index.RunAsync("copy-to-keyword-fields", "--dry-run", "--requests-per-second", "100");
        var unthrottled = await index.RunAsync("copy-to-keyword-fields", "--dry-run");

        Shows.Exit(throttled, 0);
        Shows.InOrder(
            throttled,
            "documents selected: 400",
            "Estimated copy time (s): 4",
            "Rate: --requests-per-second 100 (documents per second): the update_by_query visits 400 documents in about 4 s.");
        Shows.Text(unthrottled, "Rate: unthrottled (no --requests-per-second): the update_by_query runs as fast as the domain allows");
    }
}
