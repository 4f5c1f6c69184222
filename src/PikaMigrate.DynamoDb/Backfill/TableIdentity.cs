namespace PikaMigrate.DynamoDb.Backfill;

/// <summary>
/// Which table a checkpoint was taken on: a table deleted and created again under the same name has the same
/// ARN but another creation time, so it never inherits an old checkpoint.
/// </summary>
internal sealed record TableIdentity(string Arn, long CreatedUnixMilliseconds);
