using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Ddb;

[CollectionDefinition(Name)]
public sealed class DdbCliCollection : ICollectionFixture<DynamoDbLocalFixture>
{
    public const string Name = "DynamoDB Local (ddb commands)";
}
