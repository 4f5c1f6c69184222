namespace PikaMigrate.Analytics.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class AnalyticsCollection : ICollectionFixture<AnalyticsFixture>
{
    public const string Name = "analytics on the engine";
}
