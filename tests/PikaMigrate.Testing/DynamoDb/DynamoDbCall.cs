using System.Text.Json.Nodes;

namespace PikaMigrate.Testing.DynamoDb;

/// <summary>One DynamoDB request as it went over the wire: its operation and JSON body.</summary>
public sealed record DynamoDbCall(int Sequence, string Operation, JsonObject Body);
