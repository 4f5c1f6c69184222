using Amazon.DynamoDBv2;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Sessions;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>What a command needs to build its step: the settings, the stores' clients, and their disposal.</summary>
internal sealed class StepCommandContext(PikaSettings settings) : IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private IAmazonDynamoDB? _dynamoDb;

    public PikaSettings Settings { get; } = settings;

    /// <summary>Created on first use from the settings (the SDK's chain, AWS_ENDPOINT_URL_DYNAMODB).</summary>
    public IAmazonDynamoDB DynamoDb => _dynamoDb ??= Track(DynamoDbClientFactory.Create(Settings));

    /// <summary>The stores whose original content the additive-only proof digests before the first write.</summary>
    public List<IStoreBaseline> Baselines { get; } = [];

    /// <summary>
    /// An OpenSearch client proven to reach the domain (an unreachable host or refused credentials are preflight
    /// errors), with the session index's additive-only baseline registered.
    /// </summary>
    public async Task<OpenSearchClient> ConnectOpenSearchAsync(CancellationToken cancellationToken)
    {
        var client = Track(await OpenSearchClientFactory.ConnectAsync(Settings, cancellationToken).ConfigureAwait(false));
        Baselines.Add(new SessionIndexDigest(client, Settings.SessionIndex));
        return client;
    }

    /// <summary>The one candidate table name that exists (refuses, listing them, when none or both do).</summary>
    public Task<string> ResolveTableAsync(TableNameCandidates candidates, CancellationToken cancellationToken) =>
        TableNameResolver.ResolveAsync(candidates, new DynamoDbTableCatalog(DynamoDb), cancellationToken);

    public T Track<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }
}
