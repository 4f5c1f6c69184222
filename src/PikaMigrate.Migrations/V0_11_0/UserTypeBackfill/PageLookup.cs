namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>The user types one page needs, and what fetching them cost (counted by the page that fetched).</summary>
/// <param name="Users">Every requested user's lookup.</param>
/// <param name="Fetched">Users this call read from chat-user (not served by the cache or another page's read).</param>
/// <param name="FetchedMissing">Of those, users absent from chat-user.</param>
/// <param name="FetchedWithoutType">Of those, users whose item has no user_type.</param>
internal sealed record PageLookup(IReadOnlyDictionary<string, UserLookup> Users, int Fetched, int FetchedMissing, int FetchedWithoutType);
