using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Seeding;

namespace PikaMigrate.Testing.Data;

/// <summary>
/// What the 0.11.0 migration must make of a seeded dataset, worked out from the dataset alone: each session's
/// user_type, the users missing from chat-user, and every chat-session item and session document before and after.
/// </summary>
public static class MigratedDataset
{
    /// <summary>The session's own user_type if it had one, else its user's in chat-user, else external-user (the guide's default).</summary>
    public static string ExpectedUserType(this PikaDataset dataset, SeedSession session) => Typed(session, UserTypes(dataset)).UserType!;

    /// <summary>The user_type each session must end with, by session id.</summary>
    public static Dictionary<string, string> ExpectedUserTypes(this PikaDataset dataset) =>
        TypedSessions(dataset).ToDictionary(s => s.SessionId, s => s.UserType!, StringComparer.Ordinal);

    /// <summary>The users absent from chat-user, sorted, as the missing-users file lists them.</summary>
    public static IReadOnlyList<string> MissingUserIds(this PikaDataset dataset) =>
        [.. Enumerable.Range(0, dataset.Options.Users).Where(dataset.IsMissingUser).Select(PikaDataset.UserId)];

    /// <summary>Every chat-session item as seeded (0.10), as JSON by session id.</summary>
    public static Dictionary<string, JsonObject> SeededItems(this PikaDataset dataset) =>
        dataset.Sessions().ToDictionary(s => s.SessionId, s => ItemJson(DynamoDbSeeder.SessionItem(s)), StringComparer.Ordinal);

    /// <summary>Every chat-session item after the migration: the seeded one plus user_type, nothing else.</summary>
    public static Dictionary<string, JsonObject> MigratedItems(this PikaDataset dataset) =>
        TypedSessions(dataset).ToDictionary(s => s.SessionId, s => ItemJson(DynamoDbSeeder.SessionItem(s)), StringComparer.Ordinal);

    /// <summary>Every session document as the 0.10 Lambda indexed it, by id.</summary>
    public static Dictionary<string, JsonObject> SeededDocuments(this PikaDataset dataset) =>
        dataset.Sessions().ToDictionary(s => s.SessionId, OpenSearchSeeder.Document, StringComparer.Ordinal);

    /// <summary>Every session document after the migration: user_type and the three keyword twins added, nothing else.</summary>
    public static Dictionary<string, JsonObject> MigratedDocuments(this PikaDataset dataset) =>
        TypedSessions(dataset).ToDictionary(s => s.SessionId, MigratedDocument, StringComparer.Ordinal);

    /// <summary>One session's document after the migration, from the session as the migration leaves it (<see cref="TypedSessions"/>).</summary>
    public static JsonObject MigratedDocument(SeedSession typed)
    {
        var document = OpenSearchSeeder.Document(typed);
        if (typed.InvocationMode is { } mode)
        {
            document["invocation_mode_keyword"] = mode;
        }

        document["user_type_keyword"] = typed.UserType;
        if (typed.Source is { } source)
        {
            document["source_keyword"] = source;
        }

        return document;
    }

    /// <summary>A DynamoDB item as plain JSON (maps as objects, numbers as numbers), for comparing whole items.</summary>
    public static JsonObject ItemJson(Dictionary<string, AttributeValue> item) =>
        JsonNode.Parse(Document.FromAttributeMap(item).ToJson())!.AsObject();

    /// <summary>The sessions as the migration must leave them: each with its user_type.</summary>
    public static IEnumerable<SeedSession> TypedSessions(this PikaDataset dataset)
    {
        var users = UserTypes(dataset);
        return dataset.Sessions().Select(s => Typed(s, users));
    }

    private static Dictionary<string, string> UserTypes(PikaDataset dataset) =>
        dataset.Users().ToDictionary(u => u.UserId, u => u.UserType, StringComparer.Ordinal);

    private static SeedSession Typed(SeedSession session, Dictionary<string, string> users) =>
        session with { UserType = session.UserType ?? users.GetValueOrDefault(session.UserId) ?? "external-user" };
}
