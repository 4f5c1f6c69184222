using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace PikaMigrate.DynamoDb.Backups;

/// <summary>
/// Whether a table has point-in-time recovery (DescribeContinuousBackups), and the window it can be restored to.
/// An endpoint without backups (DynamoDB Local answers UnknownOperationException) cannot say, and says so.
/// </summary>
/// <param name="Enabled">Null when it could not be known (see <see cref="Unknown"/>).</param>
/// <param name="EndpointHasNoBackups">The endpoint does not implement backups at all (DynamoDB Local): none can be taken there.</param>
public sealed record PointInTimeRecovery(
    string Table,
    bool? Enabled,
    DateTimeOffset? EarliestRestorable,
    DateTimeOffset? LatestRestorable,
    int? RecoveryPeriodInDays,
    string? Unknown,
    bool EndpointHasNoBackups = false)
{
    public static async Task<PointInTimeRecovery> DescribeAsync(IAmazonDynamoDB client, string table, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = table }, cancellationToken).ConfigureAwait(false);
            var recovery = response.ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
            return new PointInTimeRecovery(
                table,
                recovery?.PointInTimeRecoveryStatus == PointInTimeRecoveryStatus.ENABLED,
                recovery?.EarliestRestorableDateTime is { } earliest ? new DateTimeOffset(earliest.ToUniversalTime()) : null,
                recovery?.LatestRestorableDateTime is { } latest ? new DateTimeOffset(latest.ToUniversalTime()) : null,
                recovery?.RecoveryPeriodInDays,
                null);
        }
        catch (AmazonServiceException e) when (TableBackup.IsUnsupported(e))
        {
            return new PointInTimeRecovery(table, null, null, null, null, "cannot be known at this endpoint: it does not implement DynamoDB backups (UnknownOperationException, as DynamoDB Local answers)", EndpointHasNoBackups: true);
        }
        catch (AmazonServiceException e) when (DynamoDbErrors.IsAccessDenied(e))
        {
            return new PointInTimeRecovery(table, null, null, null, null, $"not allowed to read it: grant dynamodb:DescribeContinuousBackups on '{table}'");
        }
    }
}
