using System.Text.Json.Nodes;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.V0_11_0.KeywordCopy;
using PikaMigrate.Migrations.V0_11_0.MappingUpdate;
using PikaMigrate.Migrations.V0_11_0.UserTypeMirror;
using PikaMigrate.Migrations.V0_11_0.Verification;
using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.V0_11_0.Verification;

[Collection(EngineCollection.Name)]
public sealed class SessionIndexDigestTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task The_migration_leaves_the_original_fields_as_they_were_and_any_other_change_shows()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 1200, preTyped: 100);
        var digest = new SessionIndexDigest(scenario.Client, scenario.Index);
        var cutoff = DateTimeOffset.UtcNow;
        var before = await digest.ComputeAsync(cutoff, new RecordingReporter(), default);

        await new UpdateSessionMappingStep(scenario.Client, scenario.Index).ApplyAsync(scenario.Context(), default);
        var writer = await SessionUserTypeIndexWriter.CreateAsync(scenario.Client, scenario.Index, default);
        await writer.WriteAsync([.. scenario.Ids.Take(500).Select(id => new SessionUserType(id, "external-user"))], default);
        await new CopyToKeywordFieldsStep(scenario.Client, scenario.Index, new CopyToKeywordFieldsOptions { PollInterval = TimeSpan.FromMilliseconds(50) }).ApplyAsync(scenario.Context(), default);
        await scenario.SetAsync(scenario.Ids.Take(10), _ => new Dictionary<string, string?> { ["last_index_date"] = "2030-01-01T00:00:00.000Z" });
        var after = await digest.ComputeAsync(cutoff, new RecordingReporter(), default);

        // A session the application creates after the baseline is not original content: counted, not digested.
        var created = cutoff.AddSeconds(1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var action = new JsonObject { ["index"] = new JsonObject { ["_index"] = scenario.Index, ["_id"] = "created-since" } };
        var document = new JsonObject { ["session_id"] = "created-since", ["user_id"] = "u", ["source"] = "user", ["create_date"] = created };
        await engine.BulkAsync(action.ToJsonString() + "\n" + document.ToJsonString() + "\n");
        var withNewSession = await digest.ComputeAsync(cutoff, new RecordingReporter(), default);

        await scenario.SetAsync(scenario.Ids.Skip(1100).Take(1), _ => new Dictionary<string, string?> { ["title"] = "edited" });
        var edited = await digest.ComputeAsync(cutoff, new RecordingReporter(), default);

        Assert.StartsWith("1200:", before.Digest, StringComparison.Ordinal);
        Assert.Equal(before.Digest, after.Digest);
        Assert.Equal(before.Digest, withNewSession.Digest);
        Assert.Equal((0, 1), (before.CreatedSince, withNewSession.CreatedSince));
        Assert.NotEqual(before.Digest, edited.Digest);
        Assert.Equal(["invocation_mode_keyword", "user_type_keyword", "source_keyword", "user_type", "last_index_date"], before.ExcludedFields);
        Assert.Equal(scenario.Index, before.Target);
    }
}
