using System.Globalization;
using System.Text.Json.Serialization;

namespace PikaMigrate.Core.Migrations;

/// <summary>
/// Which incarnation of a store something was done on. A table or index deleted and created again under the same name
/// (a restore from a backup, a rebuilt stage, a re-seeded sandbox) has another identity, so what the ledger recorded of
/// the old one no longer holds for it.
/// </summary>
/// <param name="Kind">A DynamoDB table or an OpenSearch index.</param>
/// <param name="Name">The table's or index's name; with the kind, what identities are matched by.</param>
/// <param name="Id">The store's own id: a table's ARN, an index's uuid.</param>
/// <param name="Created">When this incarnation was created.</param>
public sealed record StoreIdentity(StoreKind Kind, string Name, string Id, DateTimeOffset Created)
{
    /// <summary>What the store is, for messages and keys, e.g. "DynamoDB table chat-session-my-project-prod".</summary>
    [JsonIgnore]
    public string Store => Describe(Kind, Name);

    public static string Describe(StoreKind kind, string name) => kind switch
    {
        StoreKind.DynamoDb => $"DynamoDB table {name}",
        StoreKind.OpenSearch => $"OpenSearch index {name}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What happened to the store since this identity was taken, given what it is <paramref name="now"/> (null: gone).</summary>
    public string Describe(StoreIdentity? now) => now switch
    {
        null => $"{Store} no longer exists",
        _ when now.Created > Created => string.Create(CultureInfo.InvariantCulture, $"{Store} was re-created on {now.Created:yyyy-MM-dd HH:mm:ss}Z"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Store} is another one than before (created {now.Created:yyyy-MM-dd HH:mm:ss}Z, id {now.Id})"),
    };
}
