using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PikaMigrate.Migrations.Tests.V0_11_0;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.UserTypeMirror;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeMirror;

/// <summary>
/// A bulk answer of 200 in which some items were throttled (429, es_rejected_execution_exception): only those
/// items are sent again; the others are counted once.
/// </summary>
public sealed class ThrottledBulkItemTests
{
    [Fact]
    public async Task Only_throttled_items_are_sent_again()
    {
        var bulkCalls = 0;
        await using var server = await ScriptedServer.StartAsync(async (context, request) =>
        {
            if (request.Method == "HEAD")
            {
                return;
            }

            if (request.Path.EndsWith("/_mapping", StringComparison.Ordinal))
            {
                await context.Response.WriteAsync("""{"session":{"mappings":{"properties":{"user_type_keyword":{"type":"keyword"}}}}}""");
                return;
            }

            var ids = request.BodyText.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where((_, i) => i % 2 == 0)
                .Select(line => JsonNode.Parse(line)!["update"]!["_id"]!.GetValue<string>())
                .ToList();
            var first = Interlocked.Increment(ref bulkCalls) == 1;
            var items = new JsonArray();
            foreach (var id in ids)
            {
                JsonObject item = (first, id) switch
                {
                    (true, "s2") or (true, "s4") => new() { ["_id"] = id, ["status"] = 429, ["error"] = new JsonObject { ["type"] = "es_rejected_execution_exception", ["reason"] = "rejected execution of coordinating operation" } },
                    (_, "s3") => new() { ["_id"] = id, ["status"] = 404, ["error"] = new JsonObject { ["type"] = "document_missing_exception", ["reason"] = $"[{id}]: document missing" } },
                    (_, "s5") => new() { ["_id"] = id, ["status"] = 400, ["error"] = new JsonObject { ["type"] = "mapper_parsing_exception", ["reason"] = "failed to parse field [user_type]" } },
                    (_, "s6") => new() { ["_id"] = id, ["status"] = 200, ["result"] = "noop" },
                    _ => new() { ["_id"] = id, ["status"] = 200, ["result"] = "updated" },
                };
                items.Add(new JsonObject { ["update"] = item });
            }

            await context.Response.WriteAsync(new JsonObject { ["errors"] = true, ["items"] = items }.ToJsonString());
        });
        using var client = OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString()), TestSettings.FastRetries);
        var writer = await SessionUserTypeIndexWriter.CreateAsync(client, "session", default);

        var result = await writer.WriteAsync([.. Enumerable.Range(1, 6).Select(i => new SessionUserType($"s{i}", "internal-user"))], default);

        Assert.True(writer.WritesKeywordTwin);
        Assert.Equal(3, result.Updated);
        Assert.Equal(1, result.Unchanged);
        Assert.Equal(1, result.MissingDocuments);
        Assert.Equal(["s5: mapper_parsing_exception: failed to parse field [user_type]"], result.Failures);
        var bulks = server.Requests.Where(r => r.Path == "/_bulk").ToList();
        Assert.Equal(2, bulks.Count);
        Assert.Equal(4, bulks[1].BodyText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"_id\":\"s2\"", bulks[1].BodyText, StringComparison.Ordinal);
        Assert.Contains("\"_id\":\"s4\"", bulks[1].BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("upsert", bulks[0].BodyText, StringComparison.Ordinal);
        Assert.Contains("{\"doc\":{\"user_type\":\"internal-user\",\"user_type_keyword\":\"internal-user\"}}", bulks[0].BodyText, StringComparison.Ordinal);
    }
}
