using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.DynamoDb;
using PikaMigrate.DynamoDb.Retries;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// Sets user_type on up to 25 sessions per call with PartiQL (BatchExecuteStatement). Each statement only
/// applies while the session exists and still has no user_type: DynamoDB's PartiQL UPDATE never creates an
/// item (so a session deleted meanwhile stays deleted) and <c>user_type IS MISSING</c> keeps a value the
/// application wrote meanwhile. A failed condition returns the item as it is (ALL_OLD), which tells the two
/// apart. Throttled statements are sent again with backoff.
/// </summary>
internal sealed class ConditionalUserTypeWriter(IAmazonDynamoDB client, string sessionTable, DynamoDbRetry retry, RequestTally requests)
{
    public const int MaxStatementsPerCall = 25;

    private readonly string _statement = $"UPDATE \"{sessionTable}\" SET user_type=? WHERE user_id=? AND session_id=? AND user_type IS MISSING";

    /// <summary>Writes up to <see cref="MaxStatementsPerCall"/> sessions (distinct keys) and says what happened to each.</summary>
    public async Task<IReadOnlyList<WriteOutcome>> WriteAsync(IReadOnlyList<SessionWrite> writes, CancellationToken cancellationToken)
    {
        var outcomes = new List<WriteOutcome>(writes.Count);
        var lastError = new Dictionary<SessionWrite, string>();
        IReadOnlyList<SessionWrite> left;
        try
        {
            left = await retry.RunAsync(writes, async (pending, token) =>
            {
                requests.BatchExecuteStatement();
                var response = await client.BatchExecuteStatementAsync(new BatchExecuteStatementRequest
                {
                    Statements = [.. pending.Select(Statement)],
                }, token).ConfigureAwait(false);

                var again = new List<SessionWrite>();
                var responses = response.Responses ?? [];
                for (var i = 0; i < pending.Count; i++)
                {
                    var write = pending[i];
                    var error = i < responses.Count ? responses[i].Error : new BatchStatementError { Code = "InternalServerError", Message = "no response for this statement" };
                    if (error is null)
                    {
                        outcomes.Add(new WriteOutcome(write, WriteOutcomeKind.Updated));
                    }
                    else if (error.Code == "ConditionalCheckFailed")
                    {
                        outcomes.Add(Conflict(write, error.Item));
                    }
                    else if (DynamoDbErrors.IsRetryableStatementError(error.Code?.Value))
                    {
                        lastError[write] = $"{error.Code}: {error.Message}";
                        again.Add(write);
                    }
                    else
                    {
                        outcomes.Add(new WriteOutcome(write, WriteOutcomeKind.Failed, $"{error.Code}: {error.Message}"));
                    }
                }

                return again;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (DynamoDbErrors.IsTransient(e, cancellationToken))
        {
            var done = outcomes.Select(o => o.Write).ToHashSet();
            left = [.. writes.Where(w => !done.Contains(w))];
            foreach (var write in left)
            {
                lastError[write] = DynamoDbErrors.Describe(e);
            }
        }

        foreach (var write in left)
        {
            outcomes.Add(new WriteOutcome(write, WriteOutcomeKind.Failed, $"{lastError.GetValueOrDefault(write, "not written")} (after {retry.MaxRetries} retries)"));
        }

        return outcomes;
    }

    private BatchStatementRequest Statement(SessionWrite write) => new()
    {
        Statement = _statement,
        Parameters = [new AttributeValue { S = write.UserType }, new AttributeValue { S = write.UserId }, new AttributeValue { S = write.SessionId }],
        ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
    };

    private static WriteOutcome Conflict(SessionWrite write, Dictionary<string, AttributeValue>? current) => current switch
    {
        null or { Count: 0 } => new WriteOutcome(write, WriteOutcomeKind.DeletedMeanwhile),
        _ when current.TryGetValue("user_type", out var found) => new WriteOutcome(write, WriteOutcomeKind.TypedMeanwhile, FoundUserType: found.S),
        // Cannot happen with this condition; never count it as done.
        _ => new WriteOutcome(write, WriteOutcomeKind.Failed, "the condition failed on a session without user_type"),
    };
}
