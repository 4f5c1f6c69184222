using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill;

/// <summary>
/// What the backfill's write relies on, proven against DynamoDB Local: a PartiQL UPDATE never creates an
/// item, and a failed condition hands back the item as it is (ALL_OLD) only when the item exists.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class PartiQlConditionTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task An_update_of_a_missing_key_creates_no_item_with_or_without_the_user_type_condition()
    {
        using var client = dynamo.CreateClient();
        var table = await CreateTableAsync(client, "partiql-missing");

        var response = await client.BatchExecuteStatementAsync(new BatchExecuteStatementRequest
        {
            Statements =
            [
                Update(table, "u1", "gone-1", " AND user_type IS MISSING"),
                Update(table, "u1", "gone-2", string.Empty),
            ],
        });

        Assert.All(response.Responses, r => Assert.Equal("ConditionalCheckFailed", r.Error?.Code?.Value));
        Assert.All(response.Responses, r => Assert.Null(r.Error.Item));
        var scan = await client.ScanAsync(new ScanRequest { TableName = table });
        Assert.Empty(scan.Items ?? []);
    }

    [Fact]
    public async Task A_failed_condition_on_a_typed_item_returns_it_and_changes_nothing()
    {
        using var client = dynamo.CreateClient();
        var table = await CreateTableAsync(client, "partiql-typed");
        await client.PutItemAsync(table, new Dictionary<string, AttributeValue>
        {
            ["user_id"] = new() { S = "u1" },
            ["session_id"] = new() { S = "s1" },
            ["user_type"] = new() { S = "internal-user" },
        });

        var response = await client.BatchExecuteStatementAsync(new BatchExecuteStatementRequest
        {
            Statements = [Update(table, "u1", "s1", " AND user_type IS MISSING")],
        });

        var error = Assert.Single(response.Responses).Error;
        Assert.Equal("ConditionalCheckFailed", error.Code?.Value);
        Assert.Equal("internal-user", error.Item["user_type"].S);
        var item = await client.GetItemAsync(table, new Dictionary<string, AttributeValue> { ["user_id"] = new() { S = "u1" }, ["session_id"] = new() { S = "s1" } });
        Assert.Equal("internal-user", item.Item["user_type"].S);
    }

    private static BatchStatementRequest Update(string table, string userId, string sessionId, string condition) => new()
    {
        Statement = $"UPDATE \"{table}\" SET user_type=? WHERE user_id=? AND session_id=?{condition}",
        Parameters = [new() { S = "external-user" }, new() { S = userId }, new() { S = sessionId }],
        ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
    };

    private static async Task<string> CreateTableAsync(IAmazonDynamoDB client, string name)
    {
        try
        {
            await client.DeleteTableAsync(name);
        }
        catch (ResourceNotFoundException)
        {
        }

        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition("user_id", "S"), new AttributeDefinition("session_id", "S")],
            KeySchema = [new KeySchemaElement("user_id", "HASH"), new KeySchemaElement("session_id", "RANGE")],
        });
        return name;
    }
}
