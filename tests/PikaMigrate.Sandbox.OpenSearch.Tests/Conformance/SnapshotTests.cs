using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

/// <summary>The engine answers the snapshot API as an OpenSearch with no snapshot repository registered.</summary>
[Collection(EngineCollection.Name)]
public sealed class SnapshotTests(EngineFixture engine)
{
    [Theory]
    [InlineData("/_snapshot")]
    [InlineData("/_snapshot/_all")]
    [InlineData("/_snapshot/*")]
    public async Task Listing_the_repositories_answers_an_empty_object(string path)
    {
        var response = (await engine.Client.Get(path)).Expect(200);
        Assert.Equal("{}", response.Json.ToJsonString());
    }

    [Theory]
    [InlineData("/_snapshot/cs-automated", "cs-automated")]
    [InlineData("/_snapshot/cs-automated/_all", "cs-automated")]
    [InlineData("/_snapshot/_all,backups", "backups")]
    public async Task A_named_repository_or_its_snapshots_is_missing(string path, string repository)
    {
        var response = await engine.Client.Get(path);
        response.ExpectError(404, "repository_missing_exception", $"[{repository}] missing");
    }
}
