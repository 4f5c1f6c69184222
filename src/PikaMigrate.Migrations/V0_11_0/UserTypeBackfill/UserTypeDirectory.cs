using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.DynamoDb;
using PikaMigrate.DynamoDb.Retries;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// The user_type of each user, read from chat-user with BatchGetItem (up to 100 keys, only user_id and
/// user_type) and kept for the run. Pages of every segment share it: a user is read once, and a page that
/// needs a user another page is already reading waits for that read instead of sending its own.
/// </summary>
internal sealed class UserTypeDirectory(
    IAmazonDynamoDB client, string userTable, DynamoDbRetry retry, RequestTally requests, IMissingUserLog? missingUsers)
{
    public const int MaxKeysPerCall = 100;

    private readonly ConcurrentDictionary<string, Task<UserLookup>> _lookups = new(StringComparer.Ordinal);

    public async Task<PageLookup> ResolveAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var waits = new Dictionary<string, Task<UserLookup>>(userIds.Count, StringComparer.Ordinal);
        var mine = new List<KeyValuePair<string, TaskCompletionSource<UserLookup>>>();
        foreach (var userId in userIds)
        {
            if (waits.ContainsKey(userId))
            {
                continue;
            }

            if (!_lookups.TryGetValue(userId, out var lookup))
            {
                var source = new TaskCompletionSource<UserLookup>(TaskCreationOptions.RunContinuationsAsynchronously);
                lookup = _lookups.GetOrAdd(userId, source.Task);
                if (lookup == source.Task)
                {
                    mine.Add(new(userId, source));
                }
            }

            waits[userId] = lookup;
        }

        var fetched = mine.Count == 0
            ? []
            : await Task.WhenAll(mine.Chunk(MaxKeysPerCall).Select(chunk => FetchAsync(chunk, cancellationToken))).ConfigureAwait(false);

        var users = new Dictionary<string, UserLookup>(waits.Count, StringComparer.Ordinal);
        foreach (var (userId, wait) in waits)
        {
            users[userId] = await wait.ConfigureAwait(false);
        }

        return new PageLookup(
            users,
            mine.Count,
            fetched.Sum(f => f.Missing),
            fetched.Sum(f => f.WithoutType));
    }

    /// <summary>Reads one chunk and completes its lookups, whatever happens, so no page waits forever.</summary>
    private async Task<(int Missing, int WithoutType)> FetchAsync(
        KeyValuePair<string, TaskCompletionSource<UserLookup>>[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            var results = await ReadAsync([.. chunk.Select(c => c.Key)], cancellationToken).ConfigureAwait(false);
            var missing = results.Where(r => r.Value.Kind == UserLookupKind.Missing).Select(r => r.Key).ToList();
            if (missing.Count > 0 && missingUsers is not null)
            {
                // Durable before anyone can checkpoint a page that relies on these lookups.
                await missingUsers.RecordAsync(missing, cancellationToken).ConfigureAwait(false);
            }

            foreach (var (userId, source) in chunk)
            {
                source.SetResult(results[userId]);
            }

            return (missing.Count, results.Values.Count(r => r.ItemHadNoUserType));
        }
        catch (Exception e)
        {
            foreach (var (userId, source) in chunk)
            {
                // Drop the broken entry so a later page (after a cancelled one, say) can read the user again.
                _lookups.TryRemove(new KeyValuePair<string, Task<UserLookup>>(userId, source.Task));
                source.TrySetException(e);
            }

            throw;
        }
    }

    private async Task<Dictionary<string, UserLookup>> ReadAsync(List<string> userIds, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, UserLookup>(userIds.Count, StringComparer.Ordinal);
        IReadOnlyList<string> unread;
        string? failure = null;
        try
        {
            unread = await retry.RunAsync<string>(userIds, async (keys, token) =>
            {
                requests.BatchGetItem();
                var response = await client.BatchGetItemAsync(new BatchGetItemRequest
                {
                    RequestItems = new Dictionary<string, KeysAndAttributes>
                    {
                        [userTable] = new()
                        {
                            Keys = [.. keys.Select(k => new Dictionary<string, AttributeValue> { ["user_id"] = new() { S = k } })],
                            ProjectionExpression = "#id, #type",
                            ExpressionAttributeNames = new Dictionary<string, string> { ["#id"] = "user_id", ["#type"] = "user_type" },
                        },
                    },
                }, token).ConfigureAwait(false);

                foreach (var item in response.Responses?.GetValueOrDefault(userTable) ?? [])
                {
                    if (item.TryGetValue("user_id", out var id) && id.S is { } userId)
                    {
                        results[userId] = UserLookup.Of(item.TryGetValue("user_type", out var type) ? type.S : null);
                    }
                }

                var unprocessed = response.UnprocessedKeys?.GetValueOrDefault(userTable)?.Keys ?? [];
                return [.. unprocessed.Select(k => k["user_id"].S)];
            }, cancellationToken).ConfigureAwait(false);
            if (unread.Count > 0)
            {
                failure = $"still unprocessed (throttled) after {retry.MaxRetries} retries";
            }
        }
        catch (Exception e) when (DynamoDbErrors.IsTransient(e, cancellationToken))
        {
            failure = DynamoDbErrors.Describe(e);
            unread = [.. userIds.Where(id => !results.ContainsKey(id))];
        }

        foreach (var userId in unread)
        {
            results[userId] = UserLookup.Fail($"reading chat-user failed: {failure}");
        }

        foreach (var userId in userIds)
        {
            results.TryAdd(userId, UserLookup.Missing);
        }

        return results;
    }
}
