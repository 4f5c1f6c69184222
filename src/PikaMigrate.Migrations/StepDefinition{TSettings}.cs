using PikaMigrate.Core;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.Commands;

namespace PikaMigrate.Migrations;

/// <summary>A step whose own command takes <typeparamref name="TSettings"/> (its options beside every writing command's).</summary>
public abstract class StepDefinition<TSettings>(string id, string name, string title, StoreKind store, string description, StoreNeeds needs)
    : StepDefinition(id, name, title, store, description, needs)
    where TSettings : WriteCommandSettings, new()
{
    /// <summary>Builds the step over the connected stores, with the command's options (their defaults under <c>migrate</c>).</summary>
    /// <exception cref="PreflightException">The stores do not allow the step (e.g. a missing index).</exception>
    public abstract Task<IMigrationStep> CreateAsync(PikaStores stores, TSettings settings, MigrationOptions options, CancellationToken cancellationToken);

    /// <summary>Built when it runs, so it sees what the steps before it did (e.g. a mapping they added).</summary>
    public sealed override IMigrationStep InMigration(PikaStores stores, MigrationOptions options) =>
        new DeferredStep(Info, cancellationToken => CreateAsync(stores, new TSettings(), options, cancellationToken), TakesOwnBaseline);

    public sealed override void Accept(IStepDefinitionVisitor visitor) => visitor.Visit(this);
}
