using Amazon.Runtime;

namespace PikaMigrate.DynamoDb;

/// <summary>Classifies DynamoDB service errors by their error codes.</summary>
internal static class DynamoDbErrors
{
    public static bool IsAccessDenied(AmazonServiceException e) =>
        e.ErrorCode is "AccessDeniedException" or "AccessDenied" or "UnauthorizedOperation";

    public static bool IsCredentialProblem(AmazonServiceException e) =>
        e.ErrorCode is "UnrecognizedClientException" or "InvalidSignatureException" or "ExpiredTokenException"
            or "MissingAuthenticationToken" or "IncompleteSignature" or "InvalidClientTokenId";
}
