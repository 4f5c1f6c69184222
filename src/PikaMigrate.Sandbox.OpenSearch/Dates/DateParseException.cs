namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary>A string that no alternative of a date format accepts, or malformed date math.</summary>
internal sealed class DateParseException(string message) : Exception(message);
