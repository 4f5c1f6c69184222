using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Analytics.Query;
using PikaMigrate.Analytics.Readiness;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.Analytics;

/// <summary>
/// Pika 0.11's Session Analytics over the session index, read-only, through the same client (SigV4, retries) as
/// the OpenSearch steps. Before each query it reads the mapping: a keyword twin the query needs that is missing
/// or of another type stops it with Pika's error shape and the step that mends it; documents the migration has
/// not reached yet are counted beside the query and reported as warnings with the figures.
/// </summary>
/// <remarks>
/// Throws <see cref="AnalyticsRequestException"/> for a request it refuses, and <see cref="Core.PreflightException"/>
/// when the domain cannot be reached, refuses the credentials, or has no such index.
/// </remarks>
public sealed class SessionAnalyticsService(OpenSearchClient client, string index, TimeProvider clock)
{
    private const int MaxFilterValues = 1000;

    public string Index { get; } = index;

    /// <summary>Today in UTC, the day presets and the default range end on.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The site-admin page's opening filters, for today.</summary>
    public SessionAnalyticsRequest DefaultRequest() => SessionAnalyticsRequest.Defaults(Today);

    /// <summary>Checks a request without querying (<see cref="AnalyticsRequestException"/> names the field).</summary>
    public static void Validate(SessionAnalyticsRequest request, DateOnly today) => RequestValidator.Validate(request, today);

    public async Task<SessionAnalyticsResponse> QueryAsync(SessionAnalyticsRequest request, CancellationToken cancellationToken)
    {
        var query = RequestValidator.Validate(request, Today);
        var mapping = await ReadMappingAsync(cancellationToken).ConfigureAwait(false);
        var mappingWarnings = MappingCheck.ForQuery(query, mapping, Index);
        if (mappingWarnings.Where(w => w.Blocking).ToList() is { Count: > 0 } blocking)
        {
            return SessionAnalyticsResponse.Failure(Remedies.NotReady(Index, blocking), mappingWarnings);
        }

        var (search, gaps) = AnalyticsSearches.For(query, mapping);
        try
        {
            // The gap counts run beside the query; on a migrated index no document reaches their probes.
            var answers = await Task.WhenAll(SearchAsync(search, cancellationToken), SearchAsync(gaps.Request, cancellationToken)).ConfigureAwait(false);
            var aggregations = answers[0].Aggregations ?? throw new JsonException("the answer has no aggregations");
            return AggregationReader.Read(aggregations, [.. mappingWarnings, .. gaps.Read(answers[1]).Warnings]);
        }
        catch (OpenSearchException e)
        {
            // As Pika answers a failed query: the message, zeroed figures.
            return SessionAnalyticsResponse.Failure(e.Message, mappingWarnings);
        }
    }

    /// <summary>The twins' mapping and what the migration has not reached yet, over the whole index.</summary>
    public async Task<AnalyticsReadiness> CheckReadinessAsync(CancellationToken cancellationToken)
    {
        var mapping = await ReadMappingAsync(cancellationToken).ConfigureAwait(false);
        var gaps = DocumentGaps.ForIndex(mapping);
        var (sessions, gapWarnings) = gaps.Read(await SearchAsync(gaps.Request, cancellationToken).ConfigureAwait(false));
        return new AnalyticsReadiness
        {
            Index = Index,
            Sessions = sessions,
            Fields = MappingCheck.Twins(mapping),
            Warnings = [.. MappingCheck.ForIndex(mapping, Index), .. gapWarnings],
        };
    }

    /// <summary>The values the filter bar offers: chat apps and entities found in the index, and its first and last day.</summary>
    /// <param name="entityAttributeName">The entity attribute, checked like the request's (never a secret).</param>
    public async Task<AnalyticsFilterValues> GetFilterValuesAsync(string? entityAttributeName, CancellationToken cancellationToken)
    {
        var attribute = string.IsNullOrEmpty(entityAttributeName) ? null : EntityAttributePolicy.Check(entityAttributeName, "entityAttributeName");
        await RequireIndexAsync(cancellationToken).ConfigureAwait(false);
        var aggregations = new JsonObject
        {
            ["first"] = new JsonObject { ["min"] = new JsonObject { ["field"] = AnalyticsFields.CreateDate } },
            ["last"] = new JsonObject { ["max"] = new JsonObject { ["field"] = AnalyticsFields.CreateDate } },
            ["chat_apps"] = ValuesOf(AnalyticsFields.ChatAppId),
        };
        if (attribute is not null)
        {
            aggregations["entities"] = ValuesOf(AnalyticsFields.SessionAttribute(attribute));
        }

        var response = await SearchAsync(new SearchRequest(Dsl.MatchAll(), 0, Aggregations: aggregations), cancellationToken).ConfigureAwait(false);
        return new AnalyticsFilterValues
        {
            FirstDate = Day(response, "first"),
            LastDate = Day(response, "last"),
            ChatApps = Counts(response, "chat_apps"),
            EntityAttributeName = attribute,
            Entities = attribute is null ? null : Counts(response, "entities"),
        };
    }

    private static JsonObject ValuesOf(string field) => new()
    {
        ["terms"] = new JsonObject { ["field"] = field, ["size"] = MaxFilterValues, ["order"] = new JsonObject { ["_key"] = "asc" } },
    };

    private static IReadOnlyList<FilterValueCount> Counts(SearchResponse response, string name) =>
        [.. response.Terms(name).Buckets.Select(b => new FilterValueCount(b.Key, b.DocCount))];

    /// <summary>A min/max of create_date as a UTC day; null over no documents.</summary>
    private static string? Day(SearchResponse response, string name) =>
        response.Aggregations is { } aggregations && aggregations.GetProperty(name).GetProperty("value") is { ValueKind: JsonValueKind.Number } millis
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)millis.GetDouble()).UtcDateTime.ToString(AnalyticsDateRange.DayFormat, CultureInfo.InvariantCulture)
            : null;

    private async Task<IndexMapping> ReadMappingAsync(CancellationToken cancellationToken)
    {
        await RequireIndexAsync(cancellationToken).ConfigureAwait(false);
        return await OpenSearchPreflight.GuardAsync(client, () => client.GetMappingAsync(Index, cancellationToken)).ConfigureAwait(false);
    }

    private Task RequireIndexAsync(CancellationToken cancellationToken) => OpenSearchPreflight.RequireIndexAsync(client, Index, cancellationToken);

    private Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        OpenSearchPreflight.GuardAsync(client, () => client.SearchAsync(Index, request, cancellationToken));
}
