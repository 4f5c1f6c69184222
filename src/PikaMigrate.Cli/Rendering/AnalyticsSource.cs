namespace PikaMigrate.Cli.Rendering;

/// <summary>Where an analytics answer came from and how long the query took.</summary>
internal sealed record AnalyticsSource(string Index, string Endpoint, TimeSpan Took);
