namespace PikaMigrate.Analytics;

/// <summary>A value a filter list takes, with the label to show.</summary>
public sealed record FilterOption(string Value, string Description);
