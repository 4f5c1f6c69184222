namespace PikaMigrate.Sandbox.Seeding;

public sealed record SeedSummary(int Sessions, int Users, int MissingUsers, int PreTyped, string SessionTable, string UserTable, string Index);
