using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PikaMigrate.Sandbox.Dataset;

/// <summary>
/// A deterministic 0.10.x-era dataset shaped like a real Pika deployment: sessions spread over time across
/// chat apps, invocation modes (some unset, as older sessions are) and sources; the first sessions already
/// typed; some users missing from chat-user.
/// </summary>
public sealed class PikaDataset(DatasetOptions options)
{
    private static readonly string[] Modes = ["chat-app", "chat-app", "chat-app", "direct-agent-invoke", "chat-app-component"];
    private static readonly string[] ChatApps = ["weather", "weather", "support", "hr-assistant", "sales-coach"];
    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Tim"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman", "Berners-Lee"];

    public DatasetOptions Options { get; } = options;

    public static string UserId(int index) => $"user-{index:D4}";

    public bool IsMissingUser(int userIndex) =>
        Options.MissingUserEvery > 0 && userIndex % Options.MissingUserEvery == Options.MissingUserEvery - 1;

    public static string UserTypeOf(int userIndex) => userIndex % 5 == 0 ? "internal-user" : "external-user";

    /// <summary>The user_type a session must end with after the backfill.</summary>
    public string ExpectedUserType(int userIndex) => IsMissingUser(userIndex) ? "external-user" : UserTypeOf(userIndex);

    public IEnumerable<SeedUser> Users()
    {
        var start = Options.EndDate.AddDays(-Options.Days - 30);
        for (var i = 0; i < Options.Users; i++)
        {
            if (!IsMissingUser(i))
            {
                yield return new SeedUser(UserId(i), UserTypeOf(i), FirstNames[i % FirstNames.Length], LastNames[i / FirstNames.Length % LastNames.Length], start.AddHours(i));
            }
        }
    }

    public IEnumerable<SeedSession> Sessions()
    {
        var span = TimeSpan.FromDays(Options.Days).Ticks;
        var start = Options.EndDate.AddDays(-Options.Days);
        for (var i = 0; i < Options.Sessions; i++)
        {
            var userIndex = i % Options.Users;
            var created = start.AddTicks(span / Math.Max(Options.Sessions, 1) * i);
            var messages = 2 + (i % 9) * 2;
            var inputTokens = 800L + (i * 37 % 2400);
            var outputTokens = 200L + (i * 53 % 900);
            yield return new SeedSession
            {
                UserId = UserId(userIndex),
                SessionId = SessionId(created, i),
                ChatAppId = ChatApps[i % ChatApps.Length],
                AgentId = ChatApps[i % ChatApps.Length] + "-agent",
                InvocationMode = i % 11 == 10 ? null : Modes[i % Modes.Length],
                Source = i % 7 == 0 ? "component" : i % 13 == 0 ? "component-as-user" : "user",
                UserType = i < Options.PreTyped ? UserTypeOf(userIndex) : null,
                Title = $"Conversation {i} about {ChatApps[i % ChatApps.Length]}",
                Created = created,
                LastUpdate = created.AddMinutes(1 + i % 45),
                InputTokens = inputTokens,
                OutputTokens = outputTokens,
                InputCost = Math.Round(inputTokens * 0.000003, 6),
                OutputCost = Math.Round(outputTokens * 0.000015, 6),
                FirstName = FirstNames[userIndex % FirstNames.Length],
                LastName = LastNames[userIndex / FirstNames.Length % LastNames.Length],
                Token = Token(i),
                MessageCount = messages,
            };
        }
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
