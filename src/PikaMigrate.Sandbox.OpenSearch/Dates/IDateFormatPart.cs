namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary>One alternative of a <c>a||b</c> date format.</summary>
internal interface IDateFormatPart
{
    bool TryParse(string text, out DateFields fields);

    string Format(long millis, TimeZoneInfo zone);
}
