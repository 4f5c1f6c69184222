namespace PikaMigrate.Analytics.Query;

/// <summary>The session index fields Pika 0.11's Session Analytics reads (pika-data-model.md §3–§4).</summary>
internal static class AnalyticsFields
{
    public const string CreateDate = "create_date";
    public const string SessionId = "session_id";
    public const string UserId = "user_id";
    public const string ChatAppId = "chat_app_id";
    public const string InputTokens = "input_tokens";
    public const string OutputTokens = "output_tokens";
    public const string InputCost = "input_cost";
    public const string OutputCost = "output_cost";
    public const string TotalCost = "total_cost";
    public const string SessionAttributes = "session_attributes";

    public static string SessionAttribute(string name) => $"{SessionAttributes}.{name}";
}
