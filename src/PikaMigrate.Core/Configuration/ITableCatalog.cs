namespace PikaMigrate.Core.Configuration;

/// <summary>Answers whether a table exists; implemented by the DynamoDB store.</summary>
public interface ITableCatalog
{
    Task<bool> ExistsAsync(string tableName, CancellationToken cancellationToken);
}
