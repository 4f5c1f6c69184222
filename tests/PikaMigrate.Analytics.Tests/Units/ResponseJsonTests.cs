using System.Text.Json;
using System.Text.Json.Nodes;

namespace PikaMigrate.Analytics.Tests.Units;

/// <summary>The documents read and write as Pika's: the same camelCase names, optional fields left out.</summary>
public sealed class ResponseJsonTests
{
    [Fact]
    public void An_error_answer_has_Pikas_error_shape()
    {
        var json = JsonNode.Parse(AnalyticsJson.Serialize(SessionAnalyticsResponse.Failure("boom")))!.AsObject();

        Assert.Equal(["success", "error", "summary", "timeSeries", "topEntities", "topChatApps", "costByInvocationMode", "costBySource"], json.Select(p => p.Key));
        Assert.False((bool)json["success"]!);
        Assert.Equal(
            ["totalSessions", "uniqueUsers", "totalMessages", "totalInputTokens", "totalOutputTokens", "totalInputCost", "totalOutputCost", "totalCost", "avgCostPerSession", "avgTokensPerSession"],
            json["summary"]!.AsObject().Select(p => p.Key));
        Assert.All(json["summary"]!.AsObject(), p => Assert.Equal(0, (double)p.Value!));
    }

    [Fact]
    public void The_request_the_site_admin_page_posts_is_read_as_it_is()
    {
        const string body = """
            {"dateRange":{"start":"2025-09-01","end":"2025-10-01"},"chatAppIds":["weather"],"userTypes":["external-user"],
             "invocationModes":["chat-app","undefined"],"groupBy":"week","limit":10,"entityAttributeName":"entity","entityId":"acme"}
            """;

        var request = JsonSerializer.Deserialize<SessionAnalyticsRequest>(body, AnalyticsJson.Options)!;

        Assert.Equal(new AnalyticsDateRange("2025-09-01", "2025-10-01"), request.DateRange);
        Assert.Equal(["weather"], request.ChatAppIds!);
        Assert.Equal(["external-user"], request.UserTypes!);
        Assert.Equal(["chat-app", "undefined"], request.InvocationModes!);
        Assert.Equal(("week", 10, "entity", "acme"), (request.GroupBy, request.Limit, request.EntityAttributeName, request.EntityId));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(AnalyticsJson.Serialize(request))));
    }

    [Fact]
    public void Warnings_name_their_kind_in_kebab_case()
    {
        var warning = new AnalyticsWarning { Kind = AnalyticsWarningKind.TwinMissingOnDocuments, Field = "source_keyword", Blocking = false, Message = "m" };

        Assert.Equal("""{"kind":"twin-missing-on-documents","field":"source_keyword","blocking":false,"message":"m"}""", AnalyticsJson.Serialize(warning));
    }

    [Fact]
    public void List_entries_keep_Pikas_field_order()
    {
        var app = JsonNode.Parse(AnalyticsJson.Serialize(new ChatAppAnalytics { ChatAppId = "a", ChatAppName = "a" }))!.AsObject();
        var mode = JsonNode.Parse(AnalyticsJson.Serialize(new InvocationModeCost { InvocationMode = "chat-app", Description = "d" }))!.AsObject();

        Assert.Equal(["chatAppId", "chatAppName", "sessionCount", "uniqueUserCount", "messageCount", "totalCost", "inputTokens", "outputTokens"], app.Select(p => p.Key));
        Assert.Equal(["invocationMode", "sessionCount", "totalCost", "inputCost", "outputCost", "inputTokens", "outputTokens", "description"], mode.Select(p => p.Key));
    }
}
