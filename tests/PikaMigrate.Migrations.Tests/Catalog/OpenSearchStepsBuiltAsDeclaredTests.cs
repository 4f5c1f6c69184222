using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.Tests.V0_11_0;
using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.Catalog;

/// <summary>A1 and A2 against the engine: each is the step its declaration says.</summary>
[Collection(EngineCollection.Name)]
public sealed class OpenSearchStepsBuiltAsDeclaredTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Each_step_on_the_index_is_built_as_declared()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 20);

        await StepsBuiltAsDeclared.PlanEachAsync(engine.Settings(scenario.Index), s => s.Info.Store == StoreKind.OpenSearch);
    }
}
