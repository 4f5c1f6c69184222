using System.Text.Json.Nodes;
using PikaMigrate.Migrations.Tests.V0_11_0;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;

/// <summary>One DynamoDB request as it went over the wire: its operation and JSON body.</summary>
public sealed record DynamoDbCall(int Sequence, string Operation, JsonObject Body);
