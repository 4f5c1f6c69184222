namespace PikaMigrate.Cli.Infrastructure;

/// <summary>How to start this tool again as a child process (for the sandbox's background engine).</summary>
internal static class SelfCommand
{
    public static IReadOnlyList<string> Current()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var assembly = typeof(SelfCommand).Assembly.Location;
        // Run as `dotnet pika-migrate.dll` (launcher, tests) or as the packed tool's apphost.
        return Path.GetFileNameWithoutExtension(host) == "dotnet" ? [host, assembly] : [host];
    }
}
