namespace PikaMigrate.Core.Migrations;

/// <summary>Reads the identity of one store (a table's ARN and creation time, an index's uuid and creation date).</summary>
public interface IStoreIdentityReader
{
    StoreKind Kind { get; }

    /// <summary>The table's or index's name, as <see cref="StoreIdentity.Name"/> holds it.</summary>
    string Name { get; }

    /// <summary>The store's identity now; null when it does not exist.</summary>
    /// <exception cref="PreflightException">The store cannot be reached or described.</exception>
    Task<StoreIdentity?> ReadAsync(CancellationToken cancellationToken);
}
