using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.Support;

[CollectionDefinition(Name)]
public sealed class DynamoDbLocalCollection : ICollectionFixture<DynamoDbLocalFixture>
{
    public const string Name = "DynamoDB Local";
}
