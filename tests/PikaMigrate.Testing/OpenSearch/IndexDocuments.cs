using System.Text.Json.Nodes;

namespace PikaMigrate.Testing.OpenSearch;

/// <summary>Reading a test's index back whole, to compare with what a run must leave.</summary>
public static class IndexDocuments
{
    // The index.max_result_window default; test indexes stay well below it.
    private const int MaxDocuments = 10_000;

    /// <summary>Every document's _source by id.</summary>
    public static async Task<Dictionary<string, JsonObject>> SourcesAsync(this OpenSearchEngineFixture engine, string index)
    {
        var body = new JsonObject { ["size"] = MaxDocuments, ["query"] = new JsonObject { ["match_all"] = new JsonObject() } };
        var answer = await engine.SendAsync(HttpMethod.Post, $"{index}/_search", body);
        var hits = answer!["hits"]!;
        var total = hits["total"]!["value"]!.GetValue<long>();
        var sources = hits["hits"]!.AsArray().ToDictionary(h => h!["_id"]!.GetValue<string>(), h => h!["_source"]!.AsObject().DeepClone().AsObject(), StringComparer.Ordinal);
        return sources.Count == total ? sources : throw new InvalidOperationException($"{index} holds {total} documents; {sources.Count} were read.");
    }

    /// <summary>The index's mapping as the engine reports it, for before/after comparison.</summary>
    public static async Task<string> MappingAsync(this OpenSearchEngineFixture engine, string index) =>
        (await engine.SendAsync(HttpMethod.Get, $"{index}/_mapping"))!.ToJsonString();
}
