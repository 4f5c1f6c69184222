using System.Globalization;

namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary><c>epoch_millis</c> and <c>epoch_second</c>: a (possibly negative, possibly fractional) number.</summary>
internal sealed class EpochFormat(bool seconds) : IDateFormatPart
{
    public bool TryParse(string text, out DateFields fields)
    {
        fields = new DateFields();
        if (text.Length == 0 || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var millis = seconds ? number * 1000m : number;
        fields.EpochMillis = (long)decimal.Floor(millis);

        // epoch_second's round-up parser defaults the missing nanos of the second to 999,999,999.
        fields.EpochRoundUpMillis = seconds && decimal.Floor(number) == number ? 999 : 0;
        return true;
    }

    public string Format(long millis, TimeZoneInfo zone) =>
        seconds ? (millis / 1000).ToString(CultureInfo.InvariantCulture) : millis.ToString(CultureInfo.InvariantCulture);
}
