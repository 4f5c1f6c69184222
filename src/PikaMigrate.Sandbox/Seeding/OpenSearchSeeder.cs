using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.Dataset;

namespace PikaMigrate.Sandbox.Seeding;

/// <summary>
/// Indexes the dataset the way the 0.10 session-changed Lambda did: the 0.10 index mapping, one document per
/// session (id = session id), no keyword twins.
/// </summary>
public sealed class OpenSearchSeeder(HttpClient http)
{
    private const int BulkSize = 1000;

    public async Task SeedAsync(PikaDataset dataset, string index, CancellationToken cancellationToken)
    {
        using (var delete = await http.DeleteAsync(new Uri(index, UriKind.Relative), cancellationToken).ConfigureAwait(false))
        {
            if (delete.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
            {
                throw await FailureAsync("delete the index", delete, cancellationToken).ConfigureAwait(false);
            }
        }

        using (var create = await http.PutAsJsonAsync(index, SessionIndexMapping.CreateBody(), cancellationToken).ConfigureAwait(false))
        {
            if (!create.IsSuccessStatusCode)
            {
                throw await FailureAsync("create the index", create, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var chunk in dataset.Sessions().Chunk(BulkSize))
        {
            var body = new StringBuilder();
            foreach (var session in chunk)
            {
                body.Append("{\"index\":{\"_index\":").Append(JsonSerializer.Serialize(index))
                    .Append(",\"_id\":").Append(JsonSerializer.Serialize(session.SessionId)).Append("}}\n");
                body.Append(Document(session).ToJsonString()).Append('\n');
            }

            using var content = new StringContent(body.ToString(), Encoding.UTF8, "application/x-ndjson");
            using var response = await http.PostAsync(new Uri("_bulk", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync("bulk-index sessions", response, cancellationToken).ConfigureAwait(false);
            }

            var result = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false);
            if (result?["errors"]?.GetValue<bool>() == true)
            {
                throw new InvalidOperationException($"Seeding OpenSearch: some documents were rejected: {result.ToJsonString()[..Math.Min(500, result.ToJsonString().Length)]}");
            }
        }

        using var refresh = await http.PostAsync(new Uri($"{index}/_refresh", UriKind.Relative), null, cancellationToken).ConfigureAwait(false);
    }

    public static JsonObject Document(SeedSession s)
    {
        var doc = new JsonObject
        {
            ["user_id"] = s.UserId,
            ["session_id"] = s.SessionId,
            ["chat_app_id"] = s.ChatAppId,
            ["agent_id"] = s.AgentId,
            ["identity_id"] = s.UserId,
            ["entity_id"] = s.Entity,
            ["title"] = s.Title,
            ["last_message_id"] = s.LastMessageId,
            ["create_date"] = DynamoDbSeeder.Iso(s.Created),
            ["last_update"] = DynamoDbSeeder.Iso(s.LastUpdate),
            ["last_index_date"] = DynamoDbSeeder.Iso(s.LastUpdate),
            ["input_tokens"] = s.InputTokens,
            ["output_tokens"] = s.OutputTokens,
            ["input_cost"] = s.InputCost,
            ["output_cost"] = s.OutputCost,
            ["total_cost"] = s.TotalCost,
            ["session_attributes"] = new JsonObject
            {
                ["first_name"] = s.FirstName,
                ["last_name"] = s.LastName,
                ["timezone"] = "America/Denver",
                ["token"] = s.Token,
                ["user_id"] = s.UserId,
                ["chat_app_id"] = s.ChatAppId,
                ["agent_id"] = s.AgentId,
                [PikaDataset.EntityAttribute] = s.Entity,
            },
        };
        if (s.Source is not null)
        {
            doc["source"] = s.Source;
        }

        if (s.InvocationMode is not null)
        {
            doc["invocation_mode"] = s.InvocationMode;
        }

        if (s.UserType is not null)
        {
            doc["user_type"] = s.UserType;
        }

        return doc;
    }

    private static async Task<Exception> FailureAsync(string what, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new InvalidOperationException($"Seeding OpenSearch: could not {what}: HTTP {(int)response.StatusCode} {body}");
    }
}
