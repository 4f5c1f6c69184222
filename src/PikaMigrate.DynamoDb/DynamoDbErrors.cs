using System.Net;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace PikaMigrate.DynamoDb;

/// <summary>Classifies DynamoDB service errors by their error codes.</summary>
public static class DynamoDbErrors
{
    public static bool IsAccessDenied(AmazonServiceException e) =>
        e.ErrorCode is "AccessDeniedException" or "AccessDenied" or "UnauthorizedOperation";

    public static bool IsCredentialProblem(AmazonServiceException e) =>
        e.ErrorCode is "UnrecognizedClientException" or "InvalidSignatureException" or "ExpiredTokenException"
            or "MissingAuthenticationToken" or "IncompleteSignature" or "InvalidClientTokenId";

    /// <summary>
    /// A whole call that may succeed when sent again: throttling, a server-side error, a dropped connection or
    /// a timeout (not the caller's own cancellation).
    /// </summary>
    public static bool IsTransient(Exception e, CancellationToken cancellationToken) => e switch
    {
        AmazonServiceException s => s.ErrorCode is "ProvisionedThroughputExceededException" or "ThrottlingException"
                or "RequestLimitExceeded" or "InternalServerError" or "ServiceUnavailable" or "TransactionConflictException"
            || (int)s.StatusCode >= 500
            || (s.StatusCode == 0 && s.InnerException is HttpRequestException or IOException),
        HttpRequestException or IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AmazonClientException c => c.InnerException is HttpRequestException or IOException or TimeoutException,
        _ => false,
    };

    /// <summary>A whole call refused because the table, an index or the account is over its throughput.</summary>
    public static bool IsThrottling(Exception e) =>
        e is AmazonServiceException { ErrorCode: "ProvisionedThroughputExceededException" or "ThrottlingException" or "RequestLimitExceeded" };

    /// <summary>Per-statement errors of BatchExecuteStatement that mean the statement was throttled (nothing written).</summary>
    public static bool IsThrottlingStatementError(string? code) =>
        code is "ProvisionedThroughputExceeded" or "ThrottlingError" or "RequestLimitExceeded";

    /// <summary>Per-statement errors of BatchExecuteStatement worth sending again.</summary>
    public static bool IsRetryableStatementError(string? code) =>
        IsThrottlingStatementError(code) || code is "InternalServerError" or "TransactionConflict";

    /// <summary>
    /// No answer at all: the connection could not be made or broke, or the call timed out (not the caller's own
    /// cancellation). The SDK has retried it already.
    /// </summary>
    public static bool IsUnreachable(Exception e, CancellationToken cancellationToken) => e switch
    {
        HttpRequestException or IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AmazonServiceException s => s.StatusCode == 0 && s.InnerException is HttpRequestException or IOException,
        AmazonClientException c => c.InnerException is HttpRequestException or IOException or TimeoutException,
        _ => false,
    };

    /// <summary>Where the client sends its calls, for messages: the endpoint override, else the region's endpoint.</summary>
    public static string Endpoint(IAmazonDynamoDB client) =>
        client.Config.ServiceURL ?? $"the {client.Config.RegionEndpoint?.SystemName} regional endpoint";

    public static string Describe(Exception e) => e switch
    {
        AmazonServiceException s when s.StatusCode != 0 && s.StatusCode != HttpStatusCode.OK => $"{s.ErrorCode ?? s.GetType().Name} ({(int)s.StatusCode}): {s.Message}",
        AmazonServiceException s => $"{s.ErrorCode ?? s.GetType().Name}: {s.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
