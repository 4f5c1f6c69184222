using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PikaMigrate.Core;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Analytics.Dashboard;

/// <summary>
/// The read-only JSON API the page calls, in the library's own documents (<see cref="AnalyticsJson"/>):
/// <c>POST /api/analytics</c> takes a SessionAnalyticsRequest and answers a SessionAnalyticsResponse (Pika's
/// error shape on failure); <c>GET /api/setup</c> the filter bar's values; <c>GET /api/readiness</c> what the
/// migration has not done yet. Failures carry a message for the page: 400 for a request the query refuses
/// (naming the field), 409 when the index is not migrated far enough, 502 when OpenSearch cannot answer.
/// </summary>
internal static class DashboardApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/setup", (SessionAnalyticsService analytics, DashboardOptions options, CancellationToken cancellationToken) =>
            AnswerAsync(() => DashboardSetup.ReadAsync(analytics, options, cancellationToken)));
        api.MapGet("/readiness", (SessionAnalyticsService analytics, CancellationToken cancellationToken) =>
            AnswerAsync(() => analytics.CheckReadinessAsync(cancellationToken)));
        api.MapPost("/analytics", QueryAsync);
    }

    private static async Task<IResult> QueryAsync(HttpContext http, SessionAnalyticsService analytics, CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
        {
            return Analytics(StatusCodes.Status415UnsupportedMediaType, SessionAnalyticsResponse.Failure("The request must be a SessionAnalyticsRequest sent as application/json."));
        }

        SessionAnalyticsRequest request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<SessionAnalyticsRequest>(http.Request.Body, AnalyticsJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("the body is null.");
        }
        catch (JsonException e)
        {
            return Analytics(StatusCodes.Status400BadRequest, SessionAnalyticsResponse.Failure($"The request is not a SessionAnalyticsRequest: {e.Message}"));
        }

        var timer = Stopwatch.StartNew();
        SessionAnalyticsResponse response;
        try
        {
            response = await analytics.QueryAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            return Analytics(failure.Status, SessionAnalyticsResponse.Failure(failure.Message));
        }

        // How long the query took here, for the page's redraw timings (the browser reads it from the resource timing).
        http.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"query;dur={timer.Elapsed.TotalMilliseconds:0.0}");
        var code = response.Success ? StatusCodes.Status200OK
            : response.Warnings?.Any(w => w.Blocking) == true ? StatusCodes.Status409Conflict
            : StatusCodes.Status502BadGateway;
        return Analytics(code, response);
    }

    private static async Task<IResult> AnswerAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return Results.Json(await read().ConfigureAwait(false), AnalyticsJson.Options);
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            return Results.Json(new DashboardError(failure.Message), AnalyticsJson.Options, statusCode: failure.Status);
        }
    }

    /// <summary>The status and message for a failure the page can explain; null for a bug, which stays a 500.</summary>
    private static (int Status, string Message)? Failure(Exception error) => error switch
    {
        AnalyticsRequestException => (StatusCodes.Status400BadRequest, error.Message),
        PreflightException preflight => (StatusCodes.Status502BadGateway, $"{preflight.Problem} {preflight.Fix}"),
        OpenSearchException => (StatusCodes.Status502BadGateway, error.Message),
        _ => null,
    };

    private static IResult Analytics(int status, SessionAnalyticsResponse response) => Results.Json(response, AnalyticsJson.Options, statusCode: status);

    /// <summary>The error document of the endpoints that do not answer a SessionAnalyticsResponse.</summary>
    private sealed record DashboardError(string Error);
}
