using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb;

namespace PikaMigrate.Cli.Tests.TestMigrations.V0_0_1_Test;

/// <summary>Sets the marker on each chat session without one; never re-creates a session deleted meanwhile.</summary>
public sealed class StampSessionsStep(StepInfo info, IAmazonDynamoDB client, string table, string marker) : IMigrationStep
{
    public StepInfo Info { get; } = info;

    public async Task<StepPlan> PlanAsync(StepContext context, CancellationToken cancellationToken)
    {
        var (unstamped, total) = await ScanAsync(cancellationToken);
        return new StepPlan(Info, unstamped.Count > 0, $"{unstamped.Count} of {total} sessions would get {MarkerMigration.Marker}", [new Figure("Would stamp", unstamped.Count)], []);
    }

    public async Task<StepOutcome> ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var (unstamped, total) = await ScanAsync(cancellationToken);
        foreach (var key in unstamped)
        {
            await client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = table,
                Key = key,
                UpdateExpression = "SET #marker = :marker",
                ConditionExpression = "attribute_exists(#user) AND attribute_not_exists(#marker)",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#marker"] = MarkerMigration.Marker, ["#user"] = "user_id" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":marker"] = new(marker) },
            }, cancellationToken);
        }

        return new StepOutcome(Info, true, $"{unstamped.Count} sessions stamped", [new Figure("Stamped", unstamped.Count), new Figure("Already stamped", total - unstamped.Count)], []);
    }

    public async Task<IReadOnlyList<CheckResult>> VerifyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var (unstamped, total) = await ScanAsync(cancellationToken);
        return [new CheckResult($"chat-session items have {MarkerMigration.Marker}", unstamped.Count == 0, $"{unstamped.Count} of {total} sessions lack it", [.. unstamped.Take(5).Select(k => k["session_id"].S)])];
    }

    /// <summary>The keys of the sessions without the marker, and how many sessions there are.</summary>
    private async Task<(List<Dictionary<string, AttributeValue>> Unstamped, int Total)> ScanAsync(CancellationToken cancellationToken)
    {
        var unstamped = new List<Dictionary<string, AttributeValue>>();
        var total = 0;
        var request = new ScanRequest
        {
            TableName = table,
            ProjectionExpression = "#user, #session, #marker",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#user"] = "user_id", ["#session"] = "session_id", ["#marker"] = MarkerMigration.Marker },
        };
        await foreach (var page in ScanPages.ReadAsync(client, request, cancellationToken))
        {
            foreach (var item in page.Items ?? [])
            {
                total++;
                if (!item.ContainsKey(MarkerMigration.Marker))
                {
                    unstamped.Add(new Dictionary<string, AttributeValue> { ["user_id"] = item["user_id"], ["session_id"] = item["session_id"] });
                }
            }
        }

        return (unstamped, total);
    }
}
