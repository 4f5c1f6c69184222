using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using PikaMigrate.DynamoDb;
using PikaMigrate.DynamoDb.Retries;
using PikaMigrate.DynamoDb.Throughput;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// Sets user_type on up to 25 sessions per call with PartiQL (BatchExecuteStatement). Each statement only
/// applies while the session exists and still has no user_type: DynamoDB's PartiQL UPDATE never creates an
/// item (so a session deleted meanwhile stays deleted) and <c>user_type IS MISSING</c> keeps a value the
/// application wrote meanwhile. A failed condition returns the item as it is (ALL_OLD), which tells the two
/// apart. Every call waits for its turn at the adaptive write rate; throttled statements (or a whole call
/// refused for throttling) tell the rate and go again at its next turn, however long that takes, so throttling
/// never turns into an error; other retryable errors are sent again with backoff.
/// </summary>
internal sealed class ConditionalUserTypeWriter(IAmazonDynamoDB client, string sessionTable, DynamoDbRetry retry, WritePacer pacer, RequestTally requests)
{
    public const int MaxStatementsPerCall = 25;

    private readonly string _statement = $"UPDATE \"{sessionTable}\" SET user_type=? WHERE user_id=? AND session_id=? AND user_type IS MISSING";

    /// <summary>Writes up to <see cref="MaxStatementsPerCall"/> sessions (distinct keys) and says what happened to each.</summary>
    /// <returns>What happened to each session, and the write capacity the calls consumed.</returns>
    public async Task<(IReadOnlyList<WriteOutcome> Outcomes, double CapacityUnits)> WriteAsync(IReadOnlyList<SessionWrite> writes, CancellationToken cancellationToken)
    {
        var outcomes = new List<WriteOutcome>(writes.Count);
        var lastError = new Dictionary<SessionWrite, string>();
        var capacity = 0.0;
        IReadOnlyList<SessionWrite> left;
        try
        {
            left = await retry.RunAsync(writes, async (pending, token) =>
            {
                var again = new List<SessionWrite>();
                for (var sending = pending; sending.Count > 0;)
                {
                    var sentAt = await pacer.AcquireAsync(sending.Count, token).ConfigureAwait(false);
                    requests.BatchExecuteStatement();
                    BatchExecuteStatementResponse response;
                    try
                    {
                        response = await client.BatchExecuteStatementAsync(new BatchExecuteStatementRequest
                        {
                            Statements = [.. sending.Select(Statement)],
                            ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
                        }, token).ConfigureAwait(false);
                    }
                    catch (AmazonServiceException e) when (DynamoDbErrors.IsThrottling(e))
                    {
                        pacer.Rate.Throttled(sending.Count, sentAt);
                        continue;
                    }

                    capacity += (response.ConsumedCapacity ?? []).Sum(c => c.CapacityUnits ?? 0);
                    var answered = outcomes.Count;
                    var throttled = new List<SessionWrite>();
                    var responses = response.Responses ?? [];
                    for (var i = 0; i < sending.Count; i++)
                    {
                        var write = sending[i];
                        var error = i < responses.Count ? responses[i].Error : new BatchStatementError { Code = "InternalServerError", Message = "no response for this statement" };
                        if (error is null)
                        {
                            outcomes.Add(new WriteOutcome(write, WriteOutcomeKind.Updated));
                        }
                        else if (error.Code == "ConditionalCheckFailed")
                        {
                            outcomes.Add(Conflict(write, error.Item));
                        }
                        else if (DynamoDbErrors.IsThrottlingStatementError(error.Code?.Value))
                        {
                            throttled.Add(write);
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

                    pacer.Rate.Acknowledged(outcomes.Count - answered);
                    if (throttled.Count > 0)
                    {
                        pacer.Rate.Throttled(throttled.Count, sentAt);
                    }

                    sending = throttled;
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

        return (outcomes, capacity);
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
