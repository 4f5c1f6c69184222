using Microsoft.Playwright;

namespace PikaMigrate.Analytics.Dashboard.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright: Playwright cannot download its own browsers on our machines, so it
/// launches the system executable. A machine without one fails every browser test with what to install.
/// </summary>
internal static class Chromium
{
    /// <summary>Chromium's background services (updates, sync, QUIC probes) fail on a closed network; they are turned off.</summary>
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>PIKA_CHROMIUM, else Debian's /usr/bin/chromium, else chromium on the PATH.</summary>
    public static string Executable()
    {
        if (Environment.GetEnvironmentVariable("PIKA_CHROMIUM") is { Length: > 0 } chosen)
        {
            return File.Exists(chosen) ? chosen : throw new InvalidOperationException($"PIKA_CHROMIUM is '{chosen}', which does not exist.");
        }

        var candidates = new[] { "/usr/bin/chromium" }.Concat(
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(dir => Path.Combine(dir, "chromium")));
        return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "No Chromium for the dashboard's browser tests: install Debian's chromium (apt-get install -y chromium; ./test.sh does it when run as root) or set PIKA_CHROMIUM to a Chromium binary.");
    }

    /// <summary>A fresh browser (Playwright gives it a fresh, temporary user-data dir).</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var executable = Executable();
        try
        {
            return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = Arguments });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Chromium ({executable}) did not start for the dashboard's browser tests: {e.Message}", e);
        }
    }
}
