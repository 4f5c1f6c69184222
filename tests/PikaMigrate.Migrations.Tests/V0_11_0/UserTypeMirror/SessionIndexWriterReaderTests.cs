using System.Text.Json.Nodes;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.UserTypeMirror;
using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeMirror;

[Collection(EngineCollection.Name)]
public sealed class SessionIndexWriterReaderTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Before_the_mapping_step_only_user_type_is_written()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 10);
        var writer = await SessionUserTypeIndexWriter.CreateAsync(scenario.Client, scenario.Index, default);

        var result = await writer.WriteAsync([new SessionUserType(scenario.Ids[0], "internal-user")], default);

        Assert.False(writer.WritesKeywordTwin);
        Assert.Equal(1, result.Updated);
        var doc = await scenario.ReadAsync(scenario.Ids[0]);
        Assert.Equal("internal-user", doc["user_type"]!.GetValue<string>());
        Assert.False(doc.ContainsKey("user_type_keyword"));
        // Nothing typed the twin behind A1's back: it can still be added as keyword.
        Assert.Null((await scenario.Client.GetMappingAsync(scenario.Index, default)).Find("user_type_keyword"));
    }

    [Fact]
    public async Task After_the_mapping_step_both_are_written_partially_and_missing_documents_stay_missing()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 30);
        await scenario.MapTwinsAsync();
        var before = await scenario.ReadAsync(scenario.Ids[1]);
        var writer = await SessionUserTypeIndexWriter.CreateAsync(scenario.Client, scenario.Index, default);
        var sessions = new List<SessionUserType>
        {
            new(scenario.Ids[0], "internal-user"),
            new(scenario.Ids[1], "external-user"),
            new("deleted-session-0001", "external-user"),
        };

        var first = await writer.WriteAsync(sessions, default);
        var second = await writer.WriteAsync(sessions, default);

        Assert.True(writer.WritesKeywordTwin);
        Assert.Equal((2, 0, 1), (first.Updated, first.Unchanged, first.MissingDocuments));
        Assert.Equal((0, 2, 1), (second.Updated, second.Unchanged, second.MissingDocuments));
        Assert.Empty(first.Failures.Concat(second.Failures));
        Assert.Null(await scenario.Client.GetSourceAsync(scenario.Index, "deleted-session-0001", default));
        var after = await scenario.ReadAsync(scenario.Ids[1]);
        Assert.Equal("external-user", after["user_type_keyword"]!.GetValue<string>());
        Assert.All(before, kv => Assert.True(JsonNode.DeepEquals(kv.Value, after[kv.Key]), kv.Key));

        var read = await new SessionIndexReader(scenario.Client, scenario.Index).ReadUserTypesAsync([scenario.Ids[0], scenario.Ids[2], "deleted-session-0001"], default);

        Assert.Equal(new IndexedUserType("internal-user", "internal-user"), read[scenario.Ids[0]]);
        Assert.Equal(new IndexedUserType(null, null), read[scenario.Ids[2]]);
        Assert.False(read.ContainsKey("deleted-session-0001"));
    }
}
