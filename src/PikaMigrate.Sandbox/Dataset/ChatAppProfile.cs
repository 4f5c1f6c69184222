namespace PikaMigrate.Sandbox.Dataset;

/// <summary>
/// A chat app of the sandbox deployment: how popular it is, how it is invoked (a chat app, a widget embedded in
/// another page, or an agent called through the API), its usual context size and its model's prices per million
/// tokens.
/// </summary>
internal sealed record ChatAppProfile(string Id, double Weight, string Mode, int ContextTokens, double InputPrice, double OutputPrice)
{
    private const double Sonnet = 3.0, SonnetOut = 15.0, Haiku = 0.8, HaikuOut = 4.0, Opus = 15.0, OpusOut = 75.0;

    /// <summary>A long tail: a few apps carry most sessions; the expensive ones are rare.</summary>
    public static readonly IReadOnlyList<ChatAppProfile> Catalog =
    [
        new("weather", 30, "chat-app", 1_400, Haiku, HaikuOut),
        new("support", 22, "chat-app", 3_200, Sonnet, SonnetOut),
        new("hr-assistant", 12, "chat-app", 2_800, Sonnet, SonnetOut),
        new("sales-coach", 9, "chat-app", 3_600, Sonnet, SonnetOut),
        new("help-center-widget", 8, "chat-app-component", 1_800, Haiku, HaikuOut),
        new("it-helpdesk", 6, "chat-app", 2_600, Sonnet, SonnetOut),
        new("onboarding", 4, "chat-app", 2_000, Haiku, HaikuOut),
        new("direct-agent-order-status", 4, "direct-agent-invoke", 1_200, Haiku, HaikuOut),
        new("travel-desk", 3, "chat-app", 2_400, Sonnet, SonnetOut),
        new("pricing-widget", 2.5, "chat-app-component", 1_600, Haiku, HaikuOut),
        new("legal-review", 1.5, "chat-app", 9_000, Opus, OpusOut),
        new("direct-agent-catalog-enrichment", 1.5, "direct-agent-invoke", 8_000, Sonnet, SonnetOut),
        new("finance-reports", 1, "chat-app", 5_000, Sonnet, SonnetOut),
        new("code-review", 0.6, "chat-app", 12_000, Opus, OpusOut),
        new("procurement", 0.3, "chat-app", 3_000, Sonnet, SonnetOut),
    ];

    public static readonly double[] CumulativeWeights = StableRandom.Cumulative(Catalog.Select(a => a.Weight));
}
