using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.DynamoDb.Retries;
using PikaMigrate.Sandbox.Dataset;

namespace PikaMigrate.Sandbox.Seeding;

/// <summary>Creates the chat-session and chat-user tables with Pika's key schemas and writes the dataset.</summary>
public sealed class DynamoDbSeeder(IAmazonDynamoDB client)
{
    private const int BatchSize = 25;
    private const int Parallelism = 16;

    private readonly DynamoDbRetry _retry = new(new DynamoDbRetryOptions());

    public async Task SeedAsync(PikaDataset dataset, string sessionTable, string userTable, CancellationToken cancellationToken)
    {
        await RecreateTableAsync(sessionTable, [new KeySchemaElement("user_id", KeyType.HASH), new KeySchemaElement("session_id", KeyType.RANGE)], cancellationToken).ConfigureAwait(false);
        await RecreateTableAsync(userTable, [new KeySchemaElement("user_id", KeyType.HASH)], cancellationToken).ConfigureAwait(false);
        await WriteAsync(userTable, dataset.Users().Select(UserItem), cancellationToken).ConfigureAwait(false);
        await WriteAsync(sessionTable, dataset.Sessions().Select(SessionItem), cancellationToken).ConfigureAwait(false);
    }

    public static Dictionary<string, AttributeValue> SessionItem(SeedSession s)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["user_id"] = S(s.UserId),
            ["session_id"] = S(s.SessionId),
            ["chat_app_id"] = S(s.ChatAppId),
            ["agent_id"] = S(s.AgentId),
            ["identity_id"] = S(s.UserId),
            ["entity_id"] = S(s.Entity),
            ["title"] = S(s.Title),
            ["last_message_id"] = S(s.LastMessageId),
            ["create_date"] = S(Iso(s.Created)),
            ["last_update"] = S(Iso(s.LastUpdate)),
            ["chat_app_sk"] = S($"{s.ChatAppId}#{(s.Source == "component" ? "component" : "user")}#{Iso(s.LastUpdate)}"),
            ["input_tokens"] = N(s.InputTokens),
            ["output_tokens"] = N(s.OutputTokens),
            ["input_cost"] = N(s.InputCost),
            ["output_cost"] = N(s.OutputCost),
            ["total_cost"] = N(s.TotalCost),
            ["session_attributes"] = new AttributeValue
            {
                M = new Dictionary<string, AttributeValue>
                {
                    ["first_name"] = S(s.FirstName),
                    ["last_name"] = S(s.LastName),
                    ["timezone"] = S("America/Denver"),
                    ["token"] = S(s.Token),
                    ["user_id"] = S(s.UserId),
                    ["chat_app_id"] = S(s.ChatAppId),
                    ["agent_id"] = S(s.AgentId),
                    [PikaDataset.EntityAttribute] = S(s.Entity),
                },
            },
        };
        if (s.Source is not null)
        {
            item["source"] = S(s.Source);
        }

        if (s.InvocationMode is not null)
        {
            item["invocation_mode"] = S(s.InvocationMode);
        }

        if (s.UserType is not null)
        {
            item["user_type"] = S(s.UserType);
        }

        return item;
    }

    private static Dictionary<string, AttributeValue> UserItem(SeedUser u) => new()
    {
        ["user_id"] = S(u.UserId),
        ["user_type"] = S(u.UserType),
        ["first_name"] = S(u.FirstName),
        ["last_name"] = S(u.LastName),
        ["create_date"] = S(Iso(u.Created)),
        ["last_update"] = S(Iso(u.Created)),
        ["user_id_prefix"] = S(u.UserId[..3].ToLowerInvariant()),
        ["user_id_lower"] = S(u.UserId.ToLowerInvariant()),
        ["roles"] = new AttributeValue { L = [S("pika:content-admin")] },
    };

    internal static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static AttributeValue S(string value) => new() { S = value };

    private static AttributeValue N(double value) => new() { N = value.ToString("R", CultureInfo.InvariantCulture) };

    private async Task RecreateTableAsync(string name, List<KeySchemaElement> keys, CancellationToken cancellationToken)
    {
        try
        {
            await client.DeleteTableAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
        }

        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = keys,
            AttributeDefinitions = [.. keys.Select(k => new AttributeDefinition(k.AttributeName, ScalarAttributeType.S))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(string table, IEnumerable<Dictionary<string, AttributeValue>> items, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(
            items.Chunk(BatchSize),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                var unwritten = await _retry.RunAsync<WriteRequest>(
                    [.. batch.Select(item => new WriteRequest(new PutRequest(item)))],
                    async (pending, token) =>
                    {
                        var response = await client.BatchWriteItemAsync(new Dictionary<string, List<WriteRequest>> { [table] = [.. pending] }, token).ConfigureAwait(false);
                        return response.UnprocessedItems?.GetValueOrDefault(table) ?? [];
                    },
                    ct).ConfigureAwait(false);
                if (unwritten.Count > 0)
                {
                    throw new InvalidOperationException($"DynamoDB left {unwritten.Count} items of '{table}' unwritten after {_retry.MaxRetries} retries.");
                }
            }).ConfigureAwait(false);
    }
}
