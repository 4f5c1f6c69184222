namespace PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
    public const string Name = "engine";
}
