using Amazon.DynamoDBv2;
using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using PikaMigrate.DynamoDb;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Migrations;

/// <summary>
/// The stores of one Pika deployment, connected and checked before a migration plans or writes anything: DynamoDB
/// with both tables resolved, and an OpenSearch domain that answers.
/// </summary>
public sealed class PikaStores : IDisposable
{
    private PikaStores(PikaSettings settings, IAmazonDynamoDB dynamoDb, string sessionTable, string userTable, OpenSearchClient openSearch)
    {
        Settings = settings;
        DynamoDb = dynamoDb;
        SessionTable = sessionTable;
        UserTable = userTable;
        OpenSearch = openSearch;
    }

    public PikaSettings Settings { get; }

    public IAmazonDynamoDB DynamoDb { get; }

    public string SessionTable { get; }

    public string UserTable { get; }

    public OpenSearchClient OpenSearch { get; }

    public string SessionIndex => Settings.SessionIndex;

    /// <exception cref="PreflightException">A variable, table, endpoint or permission is missing or wrong.</exception>
    public static async Task<PikaStores> ConnectAsync(PikaSettings settings, CancellationToken cancellationToken)
    {
        if (settings.DomainEndpoint is null)
        {
            throw new PreflightException(
                "PIKA_DOMAIN_ENDPOINT is not set, and the migration changes both DynamoDB and OpenSearch.",
                "Add PIKA_DOMAIN_ENDPOINT=<your OpenSearch domain endpoint> to the env file (the guide's prerequisites), or run the DynamoDB step alone with `pika-migrate ddb backfill-session-metadata`.");
        }

        var dynamoDb = DynamoDbClientFactory.Create(settings);
        try
        {
            var catalog = new DynamoDbTableCatalog(dynamoDb);
            var sessionTable = await TableNameResolver.ResolveAsync(settings.SessionTable, catalog, cancellationToken).ConfigureAwait(false);
            var userTable = await TableNameResolver.ResolveAsync(settings.UserTable, catalog, cancellationToken).ConfigureAwait(false);
            var openSearch = await OpenSearchClientFactory.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
            return new PikaStores(settings, dynamoDb, sessionTable, userTable, openSearch);
        }
        catch
        {
            dynamoDb.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        OpenSearch.Dispose();
        DynamoDb.Dispose();
    }
}
