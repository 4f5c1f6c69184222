namespace PikaMigrate.Analytics;

/// <summary>A value found in the index (a chat app, an entity) and how many sessions hold it.</summary>
public sealed record FilterValueCount(string Value, long SessionCount);
