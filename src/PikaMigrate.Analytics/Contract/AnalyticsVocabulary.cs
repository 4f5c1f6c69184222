namespace PikaMigrate.Analytics;

/// <summary>
/// The values the request's lists take (Pika's <c>UserTypes</c>, <c>ConverseInvocationModes</c> and
/// <c>ConverseSource</c>, plus the pseudo-value <c>undefined</c>), the page's defaults, and the labels of the
/// cost breakdowns' buckets.
/// </summary>
public static class AnalyticsVocabulary
{
    public const string InternalUser = "internal-user";
    public const string ExternalUser = "external-user";

    public const string ChatApp = "chat-app";
    public const string DirectAgentInvoke = "direct-agent-invoke";
    public const string ChatAppComponent = "chat-app-component";

    public const string UserSource = "user";
    public const string ComponentAsUserSource = "component-as-user";
    public const string ComponentSource = "component";

    /// <summary>The request's value for "no invocation mode" (or no source).</summary>
    public const string Undefined = "undefined";

    /// <summary>The breakdowns' bucket key for documents without the field (the terms aggregation's <c>missing</c>).</summary>
    public const string UndefinedBucket = "_undefined";

    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";

    public const int DefaultDays = 30;
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public static IReadOnlyList<FilterOption> UserTypes { get; } =
    [
        new(ExternalUser, "External"),
        new(InternalUser, "Internal"),
    ];

    /// <summary>In the page's order, with Pika's descriptions.</summary>
    public static IReadOnlyList<FilterOption> InvocationModes { get; } =
    [
        new(ChatApp, DescribeMode(ChatApp)),
        new(Undefined, DescribeMode(Undefined)),
        new(DirectAgentInvoke, DescribeMode(DirectAgentInvoke)),
        new(ChatAppComponent, DescribeMode(ChatAppComponent)),
    ];

    public static IReadOnlyList<FilterOption> Sources { get; } =
    [
        new(UserSource, DescribeSource(UserSource)),
        new(ComponentAsUserSource, DescribeSource(ComponentAsUserSource)),
        new(ComponentSource, DescribeSource(ComponentSource)),
        new(Undefined, DescribeSource(Undefined)),
    ];

    public static IReadOnlyList<string> GroupBys { get; } = [Day, Week, Month];

    /// <summary>Pika's labels for cost by invocation mode; any other key is shown as it is.</summary>
    public static string DescribeMode(string mode) => mode switch
    {
        UndefinedBucket or Undefined => "User-Initiated (Undefined)",
        ChatApp => "User-Initiated (Chat App)",
        DirectAgentInvoke => "Direct Agent API",
        ChatAppComponent => "Widget Invocations",
        _ => mode,
    };

    /// <summary>Labels for cost by source, in the same spirit.</summary>
    public static string DescribeSource(string source) => source switch
    {
        UndefinedBucket or Undefined => "No Source (Undefined)",
        UserSource => "User",
        ComponentAsUserSource => "Component as User",
        ComponentSource => "Component",
        _ => source,
    };
}
