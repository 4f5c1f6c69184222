using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Tests.Running;

/// <summary>A table whose identity a test sets, e.g. to re-create it under the same name.</summary>
internal sealed class ScriptedStore(string name) : IStoreIdentityReader
{
    public StoreKind Kind => StoreKind.DynamoDb;

    public string Name => name;

    public StoreIdentity Identity { get; private set; } =
        new(StoreKind.DynamoDb, name, $"arn:aws:dynamodb:us-east-1:000000000000:table/{name}", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Deleted and created again: the same name and ARN, another creation time.</summary>
    public void Recreate() => Identity = Identity with { Created = Identity.Created.AddDays(1) };

    public Task<StoreIdentity?> ReadAsync(CancellationToken cancellationToken) => Task.FromResult<StoreIdentity?>(Identity);
}
