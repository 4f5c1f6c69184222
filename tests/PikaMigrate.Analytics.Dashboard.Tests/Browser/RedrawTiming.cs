namespace PikaMigrate.Analytics.Dashboard.Tests.Browser;

/// <summary>
/// One redraw as the page measured it (window.pikaDashboard.timings): from the filter change to the next paint
/// after the charts were updated; the request (with the server's own query time, from Server-Timing) and the drawing.
/// <see cref="Cached"/> when the page drew an answer it had from less than a minute ago instead of asking.
/// </summary>
internal sealed record RedrawTiming(string Cause, double TotalMs, double RequestMs, double? ServerMs, double DrawMs, bool Cached, long Sessions);
