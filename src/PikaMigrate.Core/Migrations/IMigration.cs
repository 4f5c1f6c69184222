namespace PikaMigrate.Core.Migrations;

/// <summary>
/// A versioned migration: its steps in the order they run and the stores whose original
/// content must come through unchanged. The next Pika upgrade is a new implementation, not a change to the runner.
/// </summary>
public interface IMigration
{
    /// <summary>The Pika version it migrates to; the ledger's key.</summary>
    string Version { get; }

    string Title { get; }

    IReadOnlyList<IMigrationStep> Steps { get; }

    /// <summary>Digests recorded before the first write and compared by verify (the additive-only proof).</summary>
    IReadOnlyList<IStoreBaseline> Baselines { get; }

    /// <summary>The stores a step works on: its record keeps their identities, and a step done on stores since re-created runs again.</summary>
    IReadOnlyList<IStoreIdentityReader> StoresOf(StepInfo step);
}
