namespace PikaMigrate.Sandbox.DynamoDbLocal;

/// <summary>DynamoDB Local could not be found or started; the message says why and what to do.</summary>
public sealed class DynamoDbLocalException : Exception
{
    public DynamoDbLocalException(string message)
        : base(message)
    {
    }

    public DynamoDbLocalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
