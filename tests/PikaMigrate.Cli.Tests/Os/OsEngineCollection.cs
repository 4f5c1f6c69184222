using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Os;

/// <summary>The os command tests share one OpenSearch-compatible engine.</summary>
[CollectionDefinition(Name)]
public sealed class OsEngineCollection : ICollectionFixture<OpenSearchEngineFixture>
{
    public const string Name = "os engine";
}
