using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.Support;

/// <summary>The tests that run against our OpenSearch-compatible engine share one instance (one per assembly).</summary>
[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<OpenSearchEngineFixture>
{
    public const string Name = "engine";
}
