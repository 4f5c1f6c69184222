using System.Text.Json.Nodes;

namespace PikaMigrate.DynamoDb.Sessions;

/// <summary>One chat-session item as stored, with <c>session_attributes</c> values masked.</summary>
/// <param name="Item">The item as plain JSON (DynamoDB types unwrapped), masked.</param>
/// <param name="FoundByScan">No user id was given, so the table was scanned for the session id.</param>
/// <param name="ItemsScanned">Items the scan read before it found the session (0 for a key lookup).</param>
public sealed record FoundSession(JsonObject Item, bool FoundByScan, long ItemsScanned);
