using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations;

/// <summary>
/// One step of a migration as the catalog knows it before any store is connected: what it is (the ledger's and
/// status's <see cref="StepInfo"/>), its command's help, and the stores it works on. The one declaration both
/// <c>migrate</c> and the step's own command build the step from.
/// </summary>
public abstract class StepDefinition
{
    protected StepDefinition(string id, string name, string title, StoreKind store, string description, StoreNeeds needs)
    {
        Info = new StepInfo(id, name, title, store, StepCommandLine.Of(store, name));
        Description = description;
        Needs = needs;
    }

    public StepInfo Info { get; }

    /// <summary>The step command's help line.</summary>
    public string Description { get; }

    public StoreNeeds Needs { get; }

    /// <summary>What the built step says of <see cref="IMigrationStep.TakesOwnBaseline"/> (the runner asks before building it).</summary>
    public virtual bool TakesOwnBaseline => false;

    /// <summary>The step as <c>migrate</c> runs it, with its defaults, after the steps before it.</summary>
    public abstract IMigrationStep InMigration(PikaStores stores, MigrationOptions options);

    /// <summary>Hands the definition back with its settings type, so the CLI can register its typed command.</summary>
    public abstract void Accept(IStepDefinitionVisitor visitor);
}
