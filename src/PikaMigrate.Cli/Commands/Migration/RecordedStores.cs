using Amazon.DynamoDBv2;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Cli.Commands.Migration;

/// <summary>
/// For status: whether the stores each succeeded step ran on are the ones there now. A step done on a table or index
/// since re-created is pending again, and the next migrate runs it. A store that cannot be looked up (no OpenSearch
/// configured, no access) is said so, never guessed.
/// </summary>
internal sealed class RecordedStores(IAmazonDynamoDB dynamoDb, OpenSearchClient? openSearch)
{
    /// <returns>Why each step is pending again, by step id; and what could not be checked.</returns>
    public async Task<(Dictionary<string, string> Changed, List<string> Unchecked)> ReviewAsync(IReadOnlyList<StepRecord> records, CancellationToken cancellationToken)
    {
        var changed = new Dictionary<string, string>(StringComparer.Ordinal);
        var notChecked = new List<string>();
        foreach (var record in records.Where(r => r.State == StepState.Succeeded))
        {
            foreach (var then in record.Stores ?? [])
            {
                IStoreIdentityReader? reader = then.Kind switch
                {
                    StoreKind.DynamoDb => new TableIdentityReader(dynamoDb, then.Name),
                    _ => openSearch is null ? null : new IndexIdentityReader(openSearch, then.Name),
                };
                if (reader is null)
                {
                    notChecked.Add($"{record.StepId}: {then.Store} (PIKA_DOMAIN_ENDPOINT is not set)");
                    continue;
                }

                StoreIdentity? now;
                try
                {
                    now = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    notChecked.Add($"{record.StepId}: {then.Store} ({e.Message})");
                    continue;
                }

                if (now != then)
                {
                    changed[record.StepId] = record.StoreChanged(then, now);
                    break;
                }
            }
        }

        return (changed, notChecked);
    }
}
