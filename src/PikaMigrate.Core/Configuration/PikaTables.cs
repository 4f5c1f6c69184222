namespace PikaMigrate.Core.Configuration;

/// <summary>The Pika tables the tool's options can name; a migration may declare others of its own.</summary>
public static class PikaTables
{
    public static readonly PikaTable ChatSession = new("chat-session", "Chat Session Table", "--session-table", s => s.SessionTableOverride);

    public static readonly PikaTable ChatUser = new("chat-user", "Chat User Table", "--user-table", s => s.UserTableOverride);
}
