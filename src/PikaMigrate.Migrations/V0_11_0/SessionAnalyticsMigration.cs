using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.V0_11_0.MappingUpdate;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.Verification;

namespace PikaMigrate.Migrations.V0_11_0;

/// <summary>
/// Pika 0.11.0: keyword twins for the session analytics (guide Part A) and a user_type on every session (Part B).
/// The order is A1, B1, A2, not the guide's A1, A2, B1: B1 writes user_type and its keyword twin into each session's
/// document itself, so no session ends with user_type but no user_type_keyword whatever the stream and the Lambda
/// deploy did, and A2 then copies what the 0.10 Lambda indexed.
/// </summary>
public sealed class SessionAnalyticsMigration : MigrationDefinition
{
    public const string VersionNumber = "0.11.0";

    public override string Version => VersionNumber;

    /// <summary>The step that maps the keyword twins (the session analytics name it when a twin is not mapped).</summary>
    public static StepInfo MappingUpdate => GuideSteps.A1.Info;

    /// <summary>The step that gives every session a user_type.</summary>
    public static StepInfo UserTypeBackfill => GuideSteps.B1.Info;

    /// <summary>The step that copies the fields into their keyword twins.</summary>
    public static StepInfo KeywordCopy => GuideSteps.A2.Info;

    public override string Title => "Session analytics: keyword twins in OpenSearch and a user_type on every chat session";

    public override IReadOnlyList<StepDefinition> Steps { get; } =
        [GuideSteps.A1, GuideSteps.B1, GuideSteps.A2];

    /// <summary>
    /// The guide migrates before the deploy: until 0.11 runs, the 0.10 code keeps creating sessions without user_type
    /// and indexing them without keyword twins. A run after the deploy treats exactly those.
    /// </summary>
    public override IReadOnlyList<string> NextSteps =>
    [
        "Next: deploy Pika 0.11. Until it runs, the 0.10 code keeps creating sessions without user_type and indexing their documents without keyword twins.",
        $"Then run `pika-migrate migrate {Version}` once more: it finds the sessions created meanwhile and treats exactly those (once nothing is left, it only verifies).",
    ];

    /// <summary>B1 sets user_type on chat-session items; chat-user is only read.</summary>
    public override IReadOnlyList<PikaTable> ChangedTables { get; } = [PikaTables.ChatSession];

    /// <summary>The chat-session table (all but user_type) and the session index (all but the fields 0.11 adds).</summary>
    public override IEnumerable<IStoreBaseline> Baselines(PikaStores stores)
    {
        if (stores.Has(PikaTables.ChatSession))
        {
            yield return new SessionTableDigest(stores.DynamoDb, stores.Table(PikaTables.ChatSession));
        }

        if (stores.HasOpenSearch)
        {
            yield return new SessionIndexDigest(stores.OpenSearch, stores.SessionIndex);
        }
    }

    /// <summary>The guide's verification: each field beside its keyword twin.</summary>
    public override IEnumerable<LookupLine> DescribeDocument(JsonObject document) =>
        KeywordTwin.All.Select(pair => new LookupLine(
            pair.Twin,
            $"  {pair.Source}: {Shown(document[pair.Source])} -> {pair.Twin}: {Shown(document[pair.Twin])}",
            new { source = document[pair.Source], keyword = document[pair.Twin] }));

    public override IEnumerable<LookupLine> DescribeItem(JsonObject item) =>
    [
        new(
            KeywordTwin.UserType.Source,
            item.ContainsKey(KeywordTwin.UserType.Source)
                ? $"user_type: {item[KeywordTwin.UserType.Source]}"
                : $"user_type: (missing: run {GuideSteps.B1.Info.Command})"),
    ];

    private static string Shown(JsonNode? value) =>
        value is null ? "(missing)" : value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
