using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>The whole-migration tests share one DynamoDB Local and one engine; each test keeps to its own project and index.</summary>
[CollectionDefinition(Name)]
public sealed class MigrationCollection : ICollectionFixture<DynamoDbLocalFixture>, ICollectionFixture<OpenSearchEngineFixture>
{
    public const string Name = "migrate 0.11.0 (DynamoDB Local and the engine)";
}
