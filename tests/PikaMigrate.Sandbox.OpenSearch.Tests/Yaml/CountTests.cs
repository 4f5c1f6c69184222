namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>OpenSearch's rest-api-spec <c>count/10_basic.yml</c>, transcribed.</summary>
public sealed class CountTests
{
    private const string File = "count/10_basic.yml: ";

    [Fact(DisplayName = File + "count with body")]
    public async Task Count_with_body()
    {
        await using var os = await Setup();
        (await os.Post("/test/_count", """{"query":{"match":{"foo":"bar"}}}""")).Match("count", 1);
        (await os.Post("/test/_count", """{"query":{"match":{"foo":"test"}}}""")).Match("count", 0);
    }

    [Fact(DisplayName = File + "count with empty body")]
    public async Task Count_with_empty_body()
    {
        await using var os = await Setup();
        // An empty body defaults to a match_all query.
        (await os.Post("/test/_count", "{}")).Match("count", 1);
        (await os.Get("/test/_count")).Match("count", 1);
    }

    [Fact(DisplayName = File + "count body without query element")]
    public async Task Count_body_without_query_element()
    {
        await using var os = await Setup();
        (await os.Post("/test/_count", """{"match":{"foo":"bar"}}""")).Catch("bad_request");
    }

    private static async Task<YamlCluster> Setup()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test")).Expect(200);
        (await os.Put("/test/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Post("/test/_refresh")).Expect(200);
        return os;
    }
}
