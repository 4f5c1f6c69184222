using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core;
using PikaMigrate.DynamoDb.Backups;
using PikaMigrate.DynamoDb.Tests.Fixtures;
using PikaMigrate.Testing;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.DynamoDb.Tests.Backups;

/// <summary>
/// Point-in-time recovery and on-demand backups: DynamoDB Local's own answer (it implements no backups), and AWS's
/// documented answers replayed on the real HTTP path in front of it.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class TableBackupTests(DynamoDbLocalFixture dynamo)
{
    private const string Table = "chat-session-backups-test";

    [Fact]
    public async Task DynamoDB_Local_cannot_say_whether_a_table_has_point_in_time_recovery_and_refuses_a_backup_naming_the_option()
    {
        using var client = dynamo.CreateClient("backups");
        await CreateTableAsync(client);

        var recovery = await PointInTimeRecovery.DescribeAsync(client, Table, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<PreflightException>(() => TableBackup.CreateAsync(client, Table, "before-migration", CancellationToken.None));

        Assert.Null(recovery.Enabled);
        Assert.True(recovery.EndpointHasNoBackups);
        Assert.StartsWith("cannot be known at this endpoint", recovery.Unknown, StringComparison.Ordinal);
        Assert.Contains("--backup", refused.Problem, StringComparison.Ordinal);
        Assert.Contains("UnknownOperationException", refused.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Point_in_time_recovery_is_read_from_the_documented_answer(bool enabled)
    {
        var traffic = Replaying((operation, _) => operation == "DescribeContinuousBackups" ? DocumentedBackupAnswers.ContinuousBackups(enabled) : null);
        using var client = Client(traffic);

        var recovery = await PointInTimeRecovery.DescribeAsync(client, Table, CancellationToken.None);

        Assert.Equal(enabled, recovery.Enabled);
        Assert.Equal(enabled ? DocumentedBackupAnswers.Earliest : null, recovery.EarliestRestorable);
        Assert.Equal(enabled ? DocumentedBackupAnswers.Latest : null, recovery.LatestRestorable);
        Assert.Equal(enabled ? 35 : null, recovery.RecoveryPeriodInDays);
        Assert.Equal(Table, (string?)traffic.Calls.Single(c => c.Operation == "DescribeContinuousBackups").Body["TableName"]);
    }

    [Fact]
    public async Task A_backup_is_created_then_described_until_it_is_available()
    {
        var described = 0;
        var traffic = Replaying((operation, body) => operation switch
        {
            "CreateBackup" => DocumentedBackupAnswers.Created(Table, (string)body["BackupName"]!),
            "DescribeBackup" => DocumentedBackupAnswers.Described(Table, "before-migration", ++described < 3 ? "CREATING" : "AVAILABLE"),
            _ => null,
        });
        using var client = Client(traffic);

        var backup = await TableBackup.CreateAsync(client, Table, "before-migration", CancellationToken.None);

        Assert.Equal(DocumentedBackupAnswers.Arn(Table), backup.Arn);
        Assert.Equal("before-migration", backup.Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1759305600), backup.Created);
        Assert.Equal(3, described);
        Assert.All(traffic.Calls.Where(c => c.Operation == "DescribeBackup"), c => Assert.Equal(backup.Arn, (string?)c.Body["BackupArn"]));
    }

    [Fact]
    public async Task A_backup_deleted_before_it_became_available_stops_the_run()
    {
        var traffic = Replaying((operation, body) => operation switch
        {
            "CreateBackup" => DocumentedBackupAnswers.Created(Table, (string)body["BackupName"]!),
            "DescribeBackup" => DocumentedBackupAnswers.Described(Table, "before-migration", "DELETED"),
            _ => null,
        });
        using var client = Client(traffic);

        var refused = await Assert.ThrowsAsync<PreflightException>(() => TableBackup.CreateAsync(client, Table, "before-migration", CancellationToken.None));

        Assert.Contains("is DELETED, not AVAILABLE", refused.Problem, StringComparison.Ordinal);
    }

    /// <summary>Answers the given operations with AWS's documented JSON; everything else goes to DynamoDB Local.</summary>
    private static DynamoDbTraffic Replaying(Func<string, System.Text.Json.Nodes.JsonObject, System.Text.Json.Nodes.JsonObject?> answer) => new()
    {
        Intercept = (call, _) => Task.FromResult(answer(call.Operation, call.Body) is { } json ? DynamoDbTraffic.Json(json) : null),
    };

    private IAmazonDynamoDB Client(DynamoDbTraffic traffic) => DynamoDbClientFactory.Create(dynamo.Settings("backups"), traffic.Factory);

    private static async Task CreateTableAsync(IAmazonDynamoDB client)
    {
        try
        {
            await client.CreateTableAsync(new CreateTableRequest
            {
                TableName = Table,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                KeySchema = [new KeySchemaElement("user_id", KeyType.HASH), new KeySchemaElement("session_id", KeyType.RANGE)],
                AttributeDefinitions = [new AttributeDefinition("user_id", ScalarAttributeType.S), new AttributeDefinition("session_id", ScalarAttributeType.S)],
            });
        }
        catch (ResourceInUseException)
        {
        }
    }
}
