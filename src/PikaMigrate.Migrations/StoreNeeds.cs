using PikaMigrate.Core.Configuration;

namespace PikaMigrate.Migrations;

/// <summary>
/// The stores a step works on: the DynamoDB tables (resolved by kind before anything runs) and the OpenSearch
/// domain. A step's command connects only these; a whole migration connects what all its steps need.
/// </summary>
public sealed record StoreNeeds(IReadOnlyList<PikaTable> Tables, OpenSearchUse OpenSearch)
{
    public static StoreNeeds OpenSearchOnly { get; } = new([], OpenSearchUse.Required);

    /// <summary>Every table any of them needs (in order of first mention), and the strongest OpenSearch use.</summary>
    public static StoreNeeds Union(IEnumerable<StoreNeeds> needs)
    {
        var all = needs.ToList();
        return new(
            [.. all.SelectMany(n => n.Tables).Distinct()],
            all.Select(n => n.OpenSearch).DefaultIfEmpty(OpenSearchUse.None).Max());
    }
}
