using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PikaMigrate.Sandbox.Dataset;

/// <summary>
/// A deterministic 0.10.x-era dataset that looks like a real Pika deployment's usage, so the analytics say
/// something: usage that grows over the period with a weekday/weekend rhythm and working hours, a long tail of
/// chat apps and of users (power users, occasional ones, users joining over time), apps invoked as chat apps,
/// widgets or direct agent calls, older sessions without an invocation mode, token use that varies with the
/// conversation and the odd very expensive session. The first sessions already carry user_type; some users are
/// missing from chat-user; every user with enough sessions has one the backfill must type.
/// </summary>
public sealed class PikaDataset
{
    /// <summary>The session attribute holding the user's account (Pika's default entity attribute name).</summary>
    public const string EntityAttribute = "entity";

    /// <summary>Sessions before this share of the period mostly predate invocation_mode.</summary>
    private const double ModeIntroduced = 0.3;

    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Tim"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman", "Berners-Lee"];

    private readonly Lazy<IReadOnlyList<SeedSession>> _sessions;

    public PikaDataset(DatasetOptions options)
    {
        Options = options;
        _sessions = new Lazy<IReadOnlyList<SeedSession>>(Generate);
    }

    public DatasetOptions Options { get; }

    public static string UserId(int index) => $"user-{index:D4}";

    public bool IsMissingUser(int userIndex) =>
        Options.MissingUserEvery > 0 && userIndex % Options.MissingUserEvery == Options.MissingUserEvery - 1;

    public static string UserTypeOf(int userIndex) => userIndex % 5 == 0 ? "internal-user" : "external-user";

    /// <summary>The user_type a session must end with after the backfill.</summary>
    public string ExpectedUserType(int userIndex) => IsMissingUser(userIndex) ? "external-user" : UserTypeOf(userIndex);

    public IEnumerable<SeedUser> Users()
    {
        var population = new UserPopulation(Options.Users);
        var start = Start;
        for (var i = 0; i < Options.Users; i++)
        {
            if (!IsMissingUser(i))
            {
                // Founders signed up before the period (one an hour, as before); the others an hour before their first session.
                var created = population.JoinPosition(i) == 0
                    ? start.AddDays(-30).AddHours(i)
                    : start.AddTicks((long)((End - start).Ticks * population.JoinPosition(i))).AddHours(-1);
                yield return new SeedUser(UserId(i), UserTypeOf(i), FirstNames[i % FirstNames.Length], LastNames[i / FirstNames.Length % LastNames.Length], created);
            }
        }
    }

    /// <summary>Every session, oldest first; the same list on every call.</summary>
    public IEnumerable<SeedSession> Sessions() => _sessions.Value;

    private DateTimeOffset End => Options.EndDate;

    private DateTimeOffset Start => Options.EndDate.AddDays(-Options.Days);

    private IReadOnlyList<SeedSession> Generate()
    {
        var count = Math.Max(Options.Sessions, 0);
        var times = SessionCalendar.Times(count, Start, End);
        var population = new UserPopulation(Math.Max(Options.Users, 1));
        var firstSessions = FirstSessions(population, times);
        var span = Math.Max((End - Start).Ticks, 1);
        var sessions = new SeedSession[count];
        for (var i = 0; i < count; i++)
        {
            var position = Math.Clamp((double)(times[i] - Start).Ticks / span, 0, 1);
            var user = firstSessions.TryGetValue(i, out var first) ? first : population.Pick(i, position);
            sessions[i] = Session(i, times[i], position, user);
        }

        return sessions;
    }

    /// <summary>
    /// Each user's first session, at their joining time and after the pre-typed ones, so the backfill meets every
    /// user (and every missing one) when there are enough sessions.
    /// </summary>
    private Dictionary<int, int> FirstSessions(UserPopulation population, DateTimeOffset[] times)
    {
        var preTyped = Math.Clamp(Options.PreTyped, 0, times.Length);
        var assigned = new Dictionary<int, int>();
        if (times.Length - preTyped < Options.Users)
        {
            return assigned;
        }

        var span = (End - Start).Ticks;
        for (var user = 0; user < Options.Users; user++)
        {
            var joined = Start.AddTicks((long)(span * population.JoinPosition(user)));
            var index = Array.BinarySearch(times, joined);
            index = Math.Max(index < 0 ? ~index : index, preTyped);
            for (var probe = 0; probe < times.Length; probe++)
            {
                var candidate = preTyped + ((index - preTyped + probe) % (times.Length - preTyped));
                if (assigned.TryAdd(candidate, user))
                {
                    break;
                }
            }
        }

        return assigned;
    }

    private SeedSession Session(int i, DateTimeOffset created, double position, int user)
    {
        var app = StableRandom.Unit(StableRandom.Stream.App, i) < 0.55
            ? ChatAppProfile.Catalog.First(a => a.Id == UserPopulation.HomeApp(user))
            : ChatAppProfile.Catalog[StableRandom.Pick(ChatAppProfile.CumulativeWeights, StableRandom.Unit(StableRandom.Stream.App, i, 1))];
        var turns = 1 + Math.Min(39, (int)(-Math.Log(1 - StableRandom.Unit(StableRandom.Stream.Turns, i)) * 4));
        var context = app.ContextTokens * (0.6 + (0.8 * StableRandom.Unit(StableRandom.Stream.Context, i)));
        // Every turn re-sends the conversation so far: input grows with the square of the turns.
        var inputTokens = (long)((turns * context) + (450.0 * turns * (turns - 1) / 2));
        var outputTokens = (long)(turns * (120 + (580 * StableRandom.Unit(StableRandom.Stream.Output, i))));
        if (StableRandom.Unit(StableRandom.Stream.Outlier, i) < 0.004)
        {
            // A runaway session: a huge document pasted in, a long agent loop.
            var size = StableRandom.Unit(StableRandom.Stream.OutlierSize, i);
            inputTokens *= 12 + (long)(28 * size);
            outputTokens *= 5 + (long)(10 * size);
        }

        var messages = 2 * turns;
        return new SeedSession
        {
            UserId = UserId(user),
            SessionId = SessionId(created, i),
            ChatAppId = app.Id,
            AgentId = app.Id + "-agent",
            InvocationMode = StableRandom.Unit(StableRandom.Stream.Mode, i) < (position < ModeIntroduced ? 0.65 : 0.03) ? null : app.Mode,
            Source = Options.UnsourcedEvery > 0 && i % Options.UnsourcedEvery == Options.UnsourcedEvery - 1 ? null : SourceOf(app, i),
            UserType = i < Options.PreTyped ? UserTypeOf(user) : null,
            Title = $"Conversation {i} about {app.Id}",
            Created = created,
            LastUpdate = created.AddSeconds(30 + (turns * 40 * (1 + StableRandom.Unit(StableRandom.Stream.Duration, i)))),
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            InputCost = Math.Round(inputTokens * app.InputPrice / 1_000_000, 6),
            OutputCost = Math.Round(outputTokens * app.OutputPrice / 1_000_000, 6),
            FirstName = FirstNames[user % FirstNames.Length],
            LastName = LastNames[user / FirstNames.Length % LastNames.Length],
            Token = Token(i),
            Entity = UserPopulation.Entity(user),
            MessageCount = messages,
        };
    }

    /// <summary>Chat apps are opened by users; widgets start sessions themselves or on a user's behalf; agent calls either.</summary>
    private static string SourceOf(ChatAppProfile app, int i)
    {
        var unit = StableRandom.Unit(StableRandom.Stream.Source, i);
        return app.Mode switch
        {
            "chat-app" => unit < 0.9 ? "user" : "component-as-user",
            "chat-app-component" => unit < 0.65 ? "component" : "component-as-user",
            _ => unit < 0.5 ? "user" : "component",
        };
    }

    /// <summary>A UUIDv7-shaped id (time-ordered, as Pika's) that is the same on every seed.</summary>
    private static string SessionId(DateTimeOffset created, int index)
    {
        var millis = created.ToUnixTimeMilliseconds();
        var hex = millis.ToString("x12", CultureInfo.InvariantCulture);
        var tail = index.ToString("x12", CultureInfo.InvariantCulture);
        return $"{hex[..8]}-{hex[8..12]}-7{tail[..3]}-8{tail[3..6]}-{tail[6..]}000000";
    }

    // Pika stores SHA-256 hex of "sessionId:userId"; any opaque secret-looking value will do here.
    private static string Token(int index) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"sandbox-session-{index}")));
}
