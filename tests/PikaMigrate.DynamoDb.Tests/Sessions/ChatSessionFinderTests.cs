using PikaMigrate.DynamoDb.Sessions;
using PikaMigrate.DynamoDb.Tests.Fixtures;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.DynamoDb.Tests.Sessions;

[Collection(DynamoDbLocalCollection.Name)]
public sealed class ChatSessionFinderTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task Finds_a_session_by_key_or_by_scan_with_session_attributes_masked()
    {
        using var client = dynamo.CreateClient("get-session");
        var (dataset, table) = await SeedAsync(client, "get-session", GuideShape.Small);
        var session = dataset.Sessions().Skip(123).First();
        var finder = new ChatSessionFinder(client, table);

        var byKey = await finder.FindAsync(session.SessionId, session.UserId, default);
        var byScan = await finder.FindAsync(session.SessionId, null, default);

        Assert.NotNull(byKey);
        Assert.NotNull(byScan);
        Assert.False(byKey.FoundByScan);
        Assert.True(byScan.FoundByScan);
        Assert.InRange(byScan.ItemsScanned, 1, 400);
        Assert.Equal(byKey.Item.ToJsonString(), byScan.Item.ToJsonString());
        Assert.Equal(session.SessionId, (string)byKey.Item["session_id"]!);
        Assert.Equal(session.InputTokens, (decimal)byKey.Item["input_tokens"]!);
        var attributes = byKey.Item["session_attributes"]!.AsObject();
        Assert.Contains("token", attributes.Select(a => a.Key));
        Assert.All(attributes, a => Assert.Equal(MaskedItem.Mask, (string)a.Value!));
        Assert.DoesNotContain(session.Token, byKey.Item.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_session_is_not_found_either_way()
    {
        using var client = dynamo.CreateClient("get-session-none");
        var (_, table) = await SeedAsync(client, "get-session-none", GuideShape.Small with { Sessions = 50 });
        var finder = new ChatSessionFinder(client, table);

        Assert.Null(await finder.FindAsync("no-such-session", "user-0001", default));
        Assert.Null(await finder.FindAsync("no-such-session", null, default));
    }

    /// <summary>The guide-shaped dataset in the project's own chat-session and chat-user tables.</summary>
    private static async Task<(PikaDataset Dataset, string SessionTable)> SeedAsync(Amazon.DynamoDBv2.IAmazonDynamoDB client, string project, DatasetOptions options)
    {
        var dataset = new PikaDataset(options);
        var table = $"chat-session-{project}-test";
        await new DynamoDbSeeder(client).SeedAsync(dataset, table, $"chat-user-{project}-test", CancellationToken.None);
        return (dataset, table);
    }
}
