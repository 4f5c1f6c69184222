namespace PikaMigrate.Sandbox.Dataset;

/// <summary>
/// The users behind the sessions: a long tail of activity (a few power users, many occasional ones), under half
/// of them there from the start and the rest joining over the period, each with a home chat app and the account
/// (entity) they work for.
/// </summary>
internal sealed class UserPopulation
{
    /// <summary>Share of the users active before the period starts; the others join during it.</summary>
    private const double Founders = 0.45;

    /// <summary>How many tries a pick gets to land on a user who has joined by then.</summary>
    private const int PickAttempts = 40;

    /// <summary>The accounts users belong to, biggest first; internal users belong to the operator itself.</summary>
    private static readonly string[] Accounts =
    [
        "acme", "globex", "initech", "umbrella", "hooli", "stark-industries", "wayne-enterprises", "wonka", "cyberdyne",
        "tyrell", "soylent", "massive-dynamic", "vandelay", "dunder-mifflin", "pied-piper", "aperture", "black-mesa",
        "oscorp", "gringotts", "monsters-inc", "krusty-krab", "bluth", "prestige-worldwide", "sterling-cooper",
        "los-pollos", "wernham-hogg", "gekko-co", "nakatomi",
    ];

    private static readonly double[] AccountWeights = StableRandom.Cumulative(Accounts.Select((_, rank) => 1 / Math.Pow(rank + 1.5, 1.1)));

    private readonly double[] _activity;
    private readonly double[] _joinPosition;

    public UserPopulation(int users)
    {
        Count = users;
        var ranks = Enumerable.Range(0, users).OrderBy(u => StableRandom.Unit(StableRandom.Stream.UserRank, u)).ToArray();
        var weights = new double[users];
        for (var rank = 0; rank < ranks.Length; rank++)
        {
            weights[ranks[rank]] = 1 / Math.Pow(rank + 6, 1.15);
        }

        _activity = StableRandom.Cumulative(weights);
        _joinPosition = [.. Enumerable.Range(0, users).Select(u => u < users * Founders ? 0 : 0.9 * StableRandom.Unit(StableRandom.Stream.UserJoin, u))];
    }

    public int Count { get; }

    /// <summary>Where in the period (0 to 1) the user's first session falls.</summary>
    public double JoinPosition(int user) => _joinPosition[user];

    /// <summary>A user for a session at <paramref name="position"/> of the period, by activity, among those who have joined.</summary>
    public int Pick(long session, double position)
    {
        for (var attempt = 0; attempt < PickAttempts; attempt++)
        {
            var user = StableRandom.Pick(_activity, StableRandom.Unit(StableRandom.Stream.UserPick, session, attempt));
            if (_joinPosition[user] <= position)
            {
                return user;
            }
        }

        return 0;
    }

    public static string HomeApp(int user) =>
        ChatAppProfile.Catalog[StableRandom.Pick(ChatAppProfile.CumulativeWeights, StableRandom.Unit(StableRandom.Stream.HomeApp, user))].Id;

    public static string Entity(int user) => PikaDataset.UserTypeOf(user) == "internal-user"
        ? "internal"
        : Accounts[StableRandom.Pick(AccountWeights, StableRandom.Unit(StableRandom.Stream.Entity, user))];
}
