using PikaMigrate.Testing;

namespace PikaMigrate.DynamoDb.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class DynamoDbLocalCollection : ICollectionFixture<DynamoDbLocalFixture>
{
    public const string Name = "DynamoDB Local";
}
