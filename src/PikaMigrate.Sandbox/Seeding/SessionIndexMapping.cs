using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.Seeding;

/// <summary>
/// The `session` index as Pika 0.10 created it: the explicit mapping without the 0.11 keyword twins, so
/// invocation_mode, user_type and source are mapped dynamically (text + .keyword) when first indexed.
/// </summary>
internal static class SessionIndexMapping
{
    public static JsonObject CreateBody()
    {
        static JsonObject Type(string type) => new() { ["type"] = type };
        var properties = new JsonObject();
        foreach (var keyword in new[] { "session_id", "user_id", "agent_alias_id", "agent_id", "chat_app_id", "identity_id", "last_message_id", "test_type", "last_analyzed_message_id", "share_id", "share_created_by_user_id" })
        {
            properties[keyword] = Type("keyword");
        }

        properties["title"] = Type("text");
        foreach (var number in new[] { "input_cost", "output_cost", "total_cost" })
        {
            properties[number] = Type("double");
        }

        foreach (var number in new[] { "input_tokens", "output_tokens", "exp_date_unix_seconds" })
        {
            properties[number] = Type("long");
        }

        foreach (var date in new[] { "create_date", "last_update", "last_index_date", "share_date", "share_revoked_date" })
        {
            properties[date] = Type("date");
        }

        properties["flagged"] = Type("boolean");
        var attributes = new JsonObject();
        foreach (var keyword in new[] { "first_name", "last_name", "timezone", "token", "user_id", "chat_app_id", "agent_id" })
        {
            attributes[keyword] = Type("keyword");
        }

        attributes["current_date"] = Type("date");
        properties["session_attributes"] = new JsonObject { ["properties"] = attributes };
        properties["feedback"] = new JsonObject
        {
            ["type"] = "nested",
            ["properties"] = new JsonObject
            {
                ["feedback_id"] = Type("keyword"),
                ["user_id"] = Type("keyword"),
                ["message_id"] = Type("keyword"),
                ["status"] = Type("keyword"),
                ["user_comment"] = Type("text"),
                ["created_on"] = Type("date"),
            },
        };

        return new JsonObject
        {
            ["mappings"] = new JsonObject
            {
                ["dynamic_templates"] = new JsonArray(new JsonObject
                {
                    ["session_attributes_dynamic"] = new JsonObject
                    {
                        ["path_match"] = "session_attributes.*",
                        ["match_mapping_type"] = "string",
                        ["mapping"] = new JsonObject { ["type"] = "keyword", ["ignore_above"] = 512 },
                    },
                }),
                ["properties"] = properties,
            },
        };
    }
}
