using System.Globalization;

namespace PikaMigrate.Analytics.Dashboard;

/// <summary>
/// The page's address for a set of filters, in the query string the page itself keeps in sync (wwwroot/js/url-state.js):
/// <c>from</c>, <c>to</c>, <c>user-type</c>, <c>mode</c>, <c>source</c>, <c>app</c>, <c>entity</c>, <c>group-by</c>, <c>limit</c>.
/// A list is comma-separated with each value escaped; present but empty means no filter on it; a field the request
/// leaves out is left out of the link and the page uses its opening default.
/// </summary>
public static class DashboardLink
{
    public static Uri For(Uri address, SessionAnalyticsRequest request)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(request);
        var query = new List<string>();
        if (request.DateRange is { } range)
        {
            query.Add(Parameter("from", [range.Start]));
            query.Add(Parameter("to", [range.End]));
        }

        foreach (var (name, values) in new[] { ("user-type", request.UserTypes), ("mode", request.InvocationModes), ("source", request.Sources), ("app", request.ChatAppIds) })
        {
            if (values is not null)
            {
                query.Add(Parameter(name, values));
            }
        }

        if (!string.IsNullOrEmpty(request.EntityId))
        {
            query.Add(Parameter("entity", [request.EntityId]));
        }

        if (request.GroupBy is { } groupBy)
        {
            query.Add(Parameter("group-by", [groupBy]));
        }

        if (request.Limit is { } limit)
        {
            query.Add(Parameter("limit", [limit.ToString(CultureInfo.InvariantCulture)]));
        }

        return new UriBuilder(address) { Path = "/", Query = string.Join('&', query) }.Uri;
    }

    private static string Parameter(string name, IEnumerable<string> values) => name + "=" + string.Join(',', values.Select(Uri.EscapeDataString));
}
