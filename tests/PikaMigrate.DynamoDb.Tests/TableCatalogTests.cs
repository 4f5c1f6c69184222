using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using PikaMigrate.DynamoDb.Tests.Fixtures;
using PikaMigrate.Testing;

namespace PikaMigrate.DynamoDb.Tests;

[Collection(DynamoDbLocalCollection.Name)]
public sealed class TableCatalogTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task Resolves_the_pika_code_name_when_only_it_exists()
    {
        var settings = dynamo.Settings("catalog-one");
        using var client = dynamo.CreateClient();
        await CreateTableAsync(client, "chat-session-catalog-one-test");

        var name = await TableNameResolver.ResolveAsync(PikaTables.ChatSession.Candidates(settings), new DynamoDbTableCatalog(client), CancellationToken.None);

        Assert.Equal("chat-session-catalog-one-test", name);
    }

    [Fact]
    public async Task Resolves_the_guide_sample_name_when_only_it_exists()
    {
        var settings = dynamo.Settings("catalog-two");
        using var client = dynamo.CreateClient();
        await CreateTableAsync(client, "catalog-two-test-chat-session");

        var name = await TableNameResolver.ResolveAsync(PikaTables.ChatSession.Candidates(settings), new DynamoDbTableCatalog(client), CancellationToken.None);

        Assert.Equal("catalog-two-test-chat-session", name);
    }

    [Fact]
    public async Task Refuses_when_both_names_exist_and_lists_them()
    {
        var settings = dynamo.Settings("catalog-both");
        using var client = dynamo.CreateClient();
        await CreateTableAsync(client, "chat-session-catalog-both-test");
        await CreateTableAsync(client, "catalog-both-test-chat-session");

        var error = await Assert.ThrowsAsync<PreflightException>(() =>
            TableNameResolver.ResolveAsync(PikaTables.ChatSession.Candidates(settings), new DynamoDbTableCatalog(client), CancellationToken.None));

        Assert.Contains("chat-session-catalog-both-test", error.Problem, StringComparison.Ordinal);
        Assert.Contains("catalog-both-test-chat-session", error.Problem, StringComparison.Ordinal);
        Assert.Contains("--session-table", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_when_neither_name_exists_and_lists_them()
    {
        var settings = dynamo.Settings("catalog-none");
        using var client = dynamo.CreateClient();

        var error = await Assert.ThrowsAsync<PreflightException>(() =>
            TableNameResolver.ResolveAsync(PikaTables.ChatUser.Candidates(settings), new DynamoDbTableCatalog(client), CancellationToken.None));

        Assert.Contains("chat-user-catalog-none-test", error.Problem, StringComparison.Ordinal);
        Assert.Contains("catalog-none-test-chat-user", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_override_that_does_not_exist_is_named()
    {
        var settings = dynamo.Settings("catalog-override", sessionTable: "no-such-table");
        using var client = dynamo.CreateClient();

        var error = await Assert.ThrowsAsync<PreflightException>(() =>
            TableNameResolver.ResolveAsync(PikaTables.ChatSession.Candidates(settings), new DynamoDbTableCatalog(client), CancellationToken.None));

        Assert.Contains("'no-such-table'", error.Problem, StringComparison.Ordinal);
    }

    private static Task CreateTableAsync(Amazon.DynamoDBv2.IAmazonDynamoDB client, string name) =>
        client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = Amazon.DynamoDBv2.BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition("user_id", "S"), new AttributeDefinition("session_id", "S")],
            KeySchema = [new KeySchemaElement("user_id", "HASH"), new KeySchemaElement("session_id", "RANGE")],
        });
}
