using System.Text.Json.Nodes;

namespace PikaMigrate.Testing.DynamoDb;

/// <summary>
/// DynamoDB's answers to the backup calls, shaped as the API reference documents them (DescribeContinuousBackups,
/// CreateBackup, DescribeBackup), for a test that replays AWS in front of DynamoDB Local, which implements none of them.
/// </summary>
public static class DocumentedBackupAnswers
{
    public static readonly DateTimeOffset Earliest = new(2025, 9, 26, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Latest = new(2025, 10, 1, 7, 55, 0, TimeSpan.Zero);

    public static string Arn(string table) => $"arn:aws:dynamodb:us-east-1:123456789012:table/{table}/backup/01759305600000-5c2d8a1f";

    /// <summary>DescribeContinuousBackups with point-in-time recovery enabled (a 35-day window) or disabled.</summary>
    public static JsonObject ContinuousBackups(bool pointInTimeRecovery) => new()
    {
        ["ContinuousBackupsDescription"] = new JsonObject
        {
            ["ContinuousBackupsStatus"] = "ENABLED",
            ["PointInTimeRecoveryDescription"] = pointInTimeRecovery
                ? new JsonObject
                {
                    ["PointInTimeRecoveryStatus"] = "ENABLED",
                    ["EarliestRestorableDateTime"] = Earliest.ToUnixTimeSeconds(),
                    ["LatestRestorableDateTime"] = Latest.ToUnixTimeSeconds(),
                    ["RecoveryPeriodInDays"] = 35,
                }
                : new JsonObject { ["PointInTimeRecoveryStatus"] = "DISABLED" },
        },
    };

    /// <summary>CreateBackup's answer: the backup's details, CREATING.</summary>
    public static JsonObject Created(string table, string backupName) => new() { ["BackupDetails"] = Details(table, backupName, "CREATING") };

    /// <summary>DescribeBackup's answer with the backup in <paramref name="status"/> (CREATING, AVAILABLE or DELETED).</summary>
    public static JsonObject Described(string table, string backupName, string status) => new()
    {
        ["BackupDescription"] = new JsonObject
        {
            ["BackupDetails"] = Details(table, backupName, status),
            ["SourceTableDetails"] = new JsonObject
            {
                ["TableName"] = table,
                ["TableId"] = "e6b4e3d2-61f4-4c8e-9a3e-2b1f0a8c7d6e",
                ["TableArn"] = $"arn:aws:dynamodb:us-east-1:123456789012:table/{table}",
                ["KeySchema"] = new JsonArray(
                    new JsonObject { ["AttributeName"] = "user_id", ["KeyType"] = "HASH" },
                    new JsonObject { ["AttributeName"] = "session_id", ["KeyType"] = "RANGE" }),
                ["TableCreationDateTime"] = 1.7e9,
                ["ProvisionedThroughput"] = new JsonObject { ["ReadCapacityUnits"] = 0, ["WriteCapacityUnits"] = 0 },
                ["ItemCount"] = 400,
                ["BillingMode"] = "PAY_PER_REQUEST",
            },
        },
    };

    private static JsonObject Details(string table, string backupName, string status) => new()
    {
        ["BackupArn"] = Arn(table),
        ["BackupName"] = backupName,
        ["BackupSizeBytes"] = 284_000,
        ["BackupStatus"] = status,
        ["BackupType"] = "USER",
        ["BackupCreationDateTime"] = 1759305600.0,
    };
}
