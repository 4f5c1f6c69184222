using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;
using PikaMigrate.OpenSearch.Search;

namespace PikaMigrate.Migrations.V0_11_0.Twins;

/// <summary>
/// Counts, per twin pair, the documents holding the source field whose twin is missing or differs — by queries
/// where the mapping allows (<see cref="TwinQueries"/>), else by reading the documents and comparing values.
/// </summary>
internal sealed class TwinValueCounter(OpenSearchClient client, string index)
{
    private const int MaxDistinctValues = 1000;
    private const int ValuesPerQuery = 200;
    private const int ExampleCount = 5;
    private const int PageSize = 1000;

    /// <summary>
    /// The distinct exact values of the source field (a terms aggregation on it), or null when there is no exact
    /// field, when more than 1000 values exist, or when a value would not fit the twin's own ignore_above.
    /// </summary>
    public async Task<IReadOnlyList<string>?> DistinctValuesAsync(TwinFields fields, CancellationToken cancellationToken)
    {
        if (fields.SourceExact is not { } source || fields.TwinExact is not { } twin)
        {
            return null;
        }

        var response = await client.SearchAsync(index, new SearchRequest(
            QueryDsl.MatchAll(),
            0,
            Aggregations: new JsonObject { ["values"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = source.Field, ["size"] = MaxDistinctValues } } }),
            cancellationToken).ConfigureAwait(false);
        var (buckets, other) = response.Terms("values");
        if (other > 0 || (twin.IgnoreAbove is { } limit && buckets.Any(b => b.Key.Length > limit)))
        {
            return null;
        }

        return [.. buckets.Select(b => b.Key)];
    }

    public async Task<TwinValueFinding> CountAsync(TwinFields fields, CancellationToken cancellationToken)
    {
        var pair = fields.Pair;
        if (fields.SourceMapping is null)
        {
            return new TwinValueFinding(pair, 0, 0, 0, 0, [], [], $"no document has ever held {pair.Source} (it is not in the mapping)");
        }

        var withSource = await client.CountAsync(index, QueryDsl.Exists(pair.Source), cancellationToken).ConfigureAwait(false);
        var missingQuery = TwinQueries.MissingTwin(pair);
        var missing = await client.CountAsync(index, missingQuery, cancellationToken).ConfigureAwait(false);
        var missingExamples = missing > 0 ? await ExamplesAsync(missingQuery, cancellationToken).ConfigureAwait(false) : [];

        var values = await DistinctValuesAsync(fields, cancellationToken).ConfigureAwait(false);
        long different = 0;
        var differentExamples = new List<string>();
        JsonObject readQuery;
        string method;
        if (values is not null && fields.SourceExact is { } source && fields.TwinExact is { } twin)
        {
            foreach (var chunk in values.Chunk(ValuesPerQuery))
            {
                var query = TwinQueries.DifferentTwin(source.Field, twin.Field, pair.Twin, chunk);
                var count = await client.CountAsync(index, query, cancellationToken).ConfigureAwait(false);
                different += count;
                if (count > 0 && differentExamples.Count < ExampleCount)
                {
                    differentExamples.AddRange(await ExamplesAsync(query, cancellationToken).ConfigureAwait(false));
                }
            }

            readQuery = TwinQueries.Unmatchable(pair, source.Field);
            method = $"counted by queries: for each of the {values.Count} distinct values v of {source.Field}, documents with {source.Field} = v and {twin.Field} != v; values longer than {source.Field}'s ignore_above have no exact field, so those documents are read and compared";
        }
        else
        {
            readQuery = TwinQueries.BothPresent(pair);
            method = $"no exact field pair to query ({pair.Source} is {fields.SourceMapping.TypeName}, {pair.Twin} is {fields.TwinMapping?.TypeName ?? "not mapped"}, or too many distinct values), so every document holding both was read and compared";
        }

        var (read, unequal, readExamples) = await CompareByReadingAsync(pair, readQuery, cancellationToken).ConfigureAwait(false);
        different += unequal;
        differentExamples.AddRange(readExamples);
        return new TwinValueFinding(pair, withSource, missing, different, read, missingExamples, [.. differentExamples.Take(ExampleCount)], method);
    }

    private async Task<IReadOnlyList<string>> ExamplesAsync(JsonObject query, CancellationToken cancellationToken)
    {
        var response = await client.SearchAsync(index, new SearchRequest(query, ExampleCount, Source: []), cancellationToken).ConfigureAwait(false);
        return [.. response.Hits.Hits.Select(h => h.Id)];
    }

    private async Task<(long Read, long Unequal, List<string> Examples)> CompareByReadingAsync(KeywordTwin pair, JsonObject query, CancellationToken cancellationToken)
    {
        long read = 0, unequal = 0;
        var examples = new List<string>();
        await foreach (var hit in DocumentPager.ReadAsync(client, index, query, [pair.Source, pair.Twin], SessionDocuments.IdField, PageSize, cancellationToken).ConfigureAwait(false))
        {
            read++;
            if (hit.Source is not { } source || !SameValue(source, pair.Source, pair.Twin))
            {
                unequal++;
                if (examples.Count < ExampleCount)
                {
                    examples.Add(hit.Id);
                }
            }
        }

        return (read, unequal, examples);
    }

    private static bool SameValue(JsonElement source, string a, string b) =>
        source.TryGetProperty(a, out var left) && source.TryGetProperty(b, out var right)
        && JsonElement.DeepEquals(left, right);
}
