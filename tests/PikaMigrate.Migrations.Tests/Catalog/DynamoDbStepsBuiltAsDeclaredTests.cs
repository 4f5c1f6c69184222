using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.Migrations.Tests.Catalog;

/// <summary>B1 against DynamoDB Local (no OpenSearch configured): the step its declaration says.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class DynamoDbStepsBuiltAsDeclaredTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task Each_step_on_the_tables_is_built_as_declared()
    {
        const string Project = "declared";
        using var client = dynamo.CreateClient(Project);
        await new DynamoDbSeeder(client).SeedAsync(new PikaDataset(GuideShape.Small with { Sessions = 20 }), $"chat-session-{Project}-test", $"chat-user-{Project}-test", default);

        await StepsBuiltAsDeclared.PlanEachAsync(dynamo.Settings(Project), s => s.Info.Store == StoreKind.DynamoDb);
    }
}
