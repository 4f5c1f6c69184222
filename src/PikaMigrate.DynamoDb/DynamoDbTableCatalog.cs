using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;

namespace PikaMigrate.DynamoDb;

/// <summary>Table existence and identity, with access problems turned into preflight errors.</summary>
public sealed class DynamoDbTableCatalog(IAmazonDynamoDB client) : ITableCatalog
{
    public async Task<bool> ExistsAsync(string tableName, CancellationToken cancellationToken) =>
        await DescribeAsync(tableName, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>The table's description, or null when it does not exist.</summary>
    public async Task<TableDescription?> DescribeAsync(string tableName, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.DescribeTableAsync(tableName, cancellationToken).ConfigureAwait(false);
            return response.Table;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
        catch (AmazonServiceException e) when (DynamoDbErrors.IsAccessDenied(e))
        {
            throw new PreflightException(
                $"Not allowed to describe the DynamoDB table '{tableName}': {e.Message}",
                $"Grant the credentials dynamodb:DescribeTable on '{tableName}' (and the reads and writes the steps make on it), or use a profile that has them.",
                e);
        }
        catch (AmazonServiceException e) when (DynamoDbErrors.IsCredentialProblem(e))
        {
            throw new PreflightException(
                $"DynamoDB rejected the AWS credentials: {e.Message}",
                "Refresh or fix the credentials (e.g. `aws sso login`, or check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN and AWS_PROFILE).",
                e);
        }
        catch (Exception e) when (DynamoDbErrors.IsUnreachable(e, cancellationToken))
        {
            throw new PreflightException(
                $"DynamoDB could not be reached at {DynamoDbErrors.Endpoint(client)}: {e.Message}",
                "Check AWS_REGION, AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL and the network.",
                e);
        }
    }
}
