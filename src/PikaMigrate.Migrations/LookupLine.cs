namespace PikaMigrate.Migrations;

/// <summary>
/// What a look-up command (<c>os get session</c>, <c>ddb get session</c>) shows of a field a migration adds: a line
/// for people and, keyed by <paramref name="Key"/>, a value for JSON output.
/// </summary>
public sealed record LookupLine(string Key, string Text, object? Json = null);
