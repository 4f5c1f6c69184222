using Amazon.DynamoDBv2.Model;

namespace PikaMigrate.DynamoDb;

/// <summary>
/// Which incarnation of a table something was taken on: a table deleted and created again under the same name has
/// the same ARN but another creation time, so it never inherits an old checkpoint.
/// </summary>
public sealed record TableIdentity(string Arn, long CreatedUnixMilliseconds)
{
    public static TableIdentity Of(TableDescription table) =>
        new(table.TableArn, table.CreationDateTime is { } created ? new DateTimeOffset(created.ToUniversalTime()).ToUnixTimeMilliseconds() : 0);
}
