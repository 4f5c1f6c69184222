using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using PikaMigrate.Core;
using PikaMigrate.DynamoDb.Retries;

namespace PikaMigrate.DynamoDb.Backups;

/// <summary>An on-demand backup of a table, once DynamoDB reports it AVAILABLE (restorable).</summary>
public sealed record TableBackup(string Table, string Arn, string Name, DateTimeOffset Created, long? SizeBytes)
{
    // Backups of small tables are ready in seconds; large ones take longer. DescribeBackup allows 10 calls a second.
    private static readonly DynamoDbRetryOptions Availability = new() { MaxRetries = 200, BaseDelay = TimeSpan.FromMilliseconds(250), MaxDelay = TimeSpan.FromSeconds(5) };

    /// <summary>CreateBackup, then DescribeBackup until the backup is AVAILABLE.</summary>
    /// <exception cref="PreflightException">The endpoint takes no backups, the caller may not take one, or it never became available.</exception>
    public static async Task<TableBackup> CreateAsync(IAmazonDynamoDB client, string table, string backupName, CancellationToken cancellationToken)
    {
        BackupDetails details;
        try
        {
            details = (await client.CreateBackupAsync(new CreateBackupRequest { TableName = table, BackupName = backupName }, cancellationToken).ConfigureAwait(false)).BackupDetails;
            if (details.BackupStatus != BackupStatus.AVAILABLE)
            {
                var arn = details.BackupArn;
                var waiting = await new DynamoDbRetry(Availability).RunAsync<BackupDetails>([details], async (_, token) =>
                {
                    details = (await client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = arn }, token).ConfigureAwait(false)).BackupDescription.BackupDetails;
                    return details.BackupStatus == BackupStatus.CREATING ? [details] : [];
                }, cancellationToken).ConfigureAwait(false);
                if (waiting.Count > 0 || details.BackupStatus != BackupStatus.AVAILABLE)
                {
                    throw new PreflightException(
                        $"The backup {arn} of '{table}' is {details.BackupStatus}, not AVAILABLE; nothing was migrated.",
                        "Check it in the DynamoDB console (Backups) and run again once it is available, or run without --backup.");
                }
            }
        }
        catch (AmazonServiceException e) when (IsUnsupported(e))
        {
            throw new PreflightException(
                $"--backup cannot back up '{table}': this DynamoDB endpoint does not implement backups (UnknownOperationException, as DynamoDB Local answers).",
                "Run without --backup at this endpoint; against AWS, --backup takes an on-demand backup before the first write.",
                e);
        }
        catch (AmazonServiceException e) when (DynamoDbErrors.IsAccessDenied(e))
        {
            throw new PreflightException(
                $"Not allowed to back up '{table}': {e.Message}",
                $"Grant dynamodb:CreateBackup and dynamodb:DescribeBackup on '{table}' (and its backups, table/{table}/backup/*), or run without --backup.",
                e);
        }

        return new TableBackup(table, details.BackupArn, details.BackupName, new DateTimeOffset((details.BackupCreationDateTime ?? DateTime.UtcNow).ToUniversalTime()), details.BackupSizeBytes);
    }

    internal static bool IsUnsupported(AmazonServiceException e) => e.ErrorCode is "UnknownOperationException";
}
