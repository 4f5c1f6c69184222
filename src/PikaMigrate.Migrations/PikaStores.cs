using Amazon.DynamoDBv2;
using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Migrations;

/// <summary>
/// The stores of one Pika deployment that a migration or a step declared it needs, connected and checked before
/// anything is planned or written: each DynamoDB table resolved to the one name that exists, and an OpenSearch
/// domain that answers.
/// </summary>
public sealed class PikaStores : IDisposable
{
    private readonly Dictionary<PikaTable, string> _tables = [];
    private IAmazonDynamoDB? _dynamoDb;
    private OpenSearchClient? _openSearch;

    private PikaStores(PikaSettings settings) => Settings = settings;

    public PikaSettings Settings { get; }

    /// <summary>Created on first use from the settings (the SDK's chain, AWS_ENDPOINT_URL_DYNAMODB); the ledger table uses it too.</summary>
    public IAmazonDynamoDB DynamoDb => _dynamoDb ??= DynamoDbClientFactory.Create(Settings);

    public bool HasOpenSearch => _openSearch is not null;

    /// <exception cref="InvalidOperationException">OpenSearch was not among the needs, or is not configured.</exception>
    public OpenSearchClient OpenSearch => _openSearch ?? throw new InvalidOperationException("OpenSearch is not connected: the step did not declare it among its needs.");

    public string SessionIndex => Settings.SessionIndex;

    public bool Has(PikaTable table) => _tables.ContainsKey(table);

    /// <summary>The table's resolved name.</summary>
    /// <exception cref="InvalidOperationException">The table was not among the needs.</exception>
    public string Table(PikaTable table) =>
        _tables.GetValueOrDefault(table) ?? throw new InvalidOperationException($"The {table.Kind} table is not connected: the step did not declare it among its needs.");

    /// <summary>The connected stores among <paramref name="needs"/>, as the runner keeps their identities: each table, and the index.</summary>
    public IReadOnlyList<IStoreIdentityReader> IdentityReaders(StoreNeeds needs)
    {
        var readers = new List<IStoreIdentityReader>(needs.Tables.Where(Has).Select(table => new TableIdentityReader(DynamoDb, Table(table))));
        if (needs.OpenSearch != OpenSearchUse.None && HasOpenSearch)
        {
            readers.Add(new IndexIdentityReader(OpenSearch, SessionIndex));
        }

        return readers;
    }

    /// <exception cref="PreflightException">A variable, table, endpoint or permission is missing or wrong.</exception>
    public static async Task<PikaStores> ConnectAsync(PikaSettings settings, StoreNeeds needs, CancellationToken cancellationToken)
    {
        var stores = new PikaStores(settings);
        try
        {
            foreach (var table in needs.Tables)
            {
                stores._tables[table] = await TableNameResolver.ResolveAsync(
                    table.Candidates(settings), new DynamoDbTableCatalog(stores.DynamoDb), cancellationToken).ConfigureAwait(false);
            }

            if (needs.OpenSearch == OpenSearchUse.Required || (needs.OpenSearch == OpenSearchUse.WhenConfigured && settings.DomainEndpoint is not null))
            {
                stores._openSearch = await OpenSearchClientFactory.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
            }

            return stores;
        }
        catch
        {
            stores.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _openSearch?.Dispose();
        _dynamoDb?.Dispose();
    }
}
