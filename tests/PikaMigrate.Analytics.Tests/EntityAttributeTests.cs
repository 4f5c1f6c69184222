using PikaMigrate.Analytics.Tests.Fixtures;

namespace PikaMigrate.Analytics.Tests;

/// <summary>The entity attribute shows session_attributes values: never the ones pika-migrate masks as secrets or personal data.</summary>
[Collection(AnalyticsCollection.Name)]
public sealed class EntityAttributeTests(AnalyticsFixture fixture)
{
    [Theory]
    [InlineData("token")]
    [InlineData("first_name")]
    [InlineData("last_name")]
    [InlineData("user_id")]
    [InlineData("firstName")]
    [InlineData("userID")]
    [InlineData("apiKey")]
    [InlineData("email")]
    [InlineData("refresh-token")]
    [InlineData("password_hash")]
    [InlineData("phoneNumber")]
    public async Task Secret_or_personal_attributes_are_refused_before_anything_is_read(string attribute)
    {
        var request = new SessionAnalyticsRequest { EntityAttributeName = attribute };

        var refusal = await Assert.ThrowsAsync<AnalyticsRequestException>(() => fixture.Migrated.QueryAsync(request));
        var values = await Assert.ThrowsAsync<AnalyticsRequestException>(async () =>
        {
            var service = fixture.Migrated.Service(out var client);
            using (client)
            {
                await service.GetFilterValuesAsync(attribute, default);
            }
        });

        Assert.Equal("entityAttributeName", refusal.Field);
        Assert.Contains($"session_attributes.{attribute} may hold a secret or personal data", refusal.Problem);
        Assert.Equal(refusal.Message, values.Message);
    }

    [Theory]
    [InlineData("session_attributes.token")]
    [InlineData("entity*")]
    [InlineData("a.b")]
    [InlineData("")]
    public async Task Anything_but_a_plain_attribute_name_is_refused(string attribute)
    {
        if (attribute.Length == 0)
        {
            // Empty is "no entity feature", as in Pika.
            var answer = await fixture.Migrated.QueryAsync(new SessionAnalyticsRequest { EntityAttributeName = attribute });
            Assert.Null(answer.Summary.UniqueEntities);
            return;
        }

        var refusal = await Assert.ThrowsAsync<AnalyticsRequestException>(() => fixture.Migrated.QueryAsync(new SessionAnalyticsRequest { EntityAttributeName = attribute }));
        Assert.Contains("is not an attribute name", refusal.Problem);
    }

    [Fact]
    public async Task An_attribute_no_session_holds_is_said_so_with_empty_entities()
    {
        var answer = await fixture.Migrated.QueryAsync(new SessionAnalyticsRequest { EntityAttributeName = "accountId", InvocationModes = [] });

        Assert.True(answer.Success);
        Assert.Empty(answer.TopEntities);
        Assert.Equal(0, answer.Summary.UniqueEntities);
        var warning = Assert.Single(answer.Warnings!);
        Assert.Equal((AnalyticsWarningKind.EntityAttributeNotMapped, "session_attributes.accountId", false), (warning.Kind, warning.Field, warning.Blocking));
    }

    [Fact]
    public async Task A_query_OpenSearch_refuses_comes_back_in_Pikas_error_shape()
    {
        var index = await AnalyticsIndex.SeedAsync(fixture.Engine, "an-refused", AnalyticsIndex.Shape with { Sessions = 100 });
        await index.MigrateAsync();
        await fixture.Engine.SendAsync(HttpMethod.Put, $"{index.Name}/_mapping", System.Text.Json.Nodes.JsonNode.Parse("""{"properties":{"session_attributes":{"properties":{"region":{"type":"text"}}}}}"""));

        var answer = await index.QueryAsync(new SessionAnalyticsRequest { EntityAttributeName = "region" });

        Assert.False(answer.Success);
        Assert.Contains("fielddata", answer.Error, StringComparison.Ordinal);
        Assert.Equal(AnalyticsSummary.Zero, answer.Summary);
        Assert.Empty(answer.TopChatApps);
    }
}
