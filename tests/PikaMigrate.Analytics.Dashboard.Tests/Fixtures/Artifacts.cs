namespace PikaMigrate.Analytics.Dashboard.Tests.Fixtures;

/// <summary>
/// Where the browser tests keep what a person may want to look at after a run: screenshots and the redraw
/// measurements, in this project's TestResults/dashboard folder (kept, never committed), emptied when a run starts.
/// </summary>
internal static class Artifacts
{
    private const string ProjectFile = "PikaMigrate.Analytics.Dashboard.Tests.csproj";

    private static readonly Lazy<string> Root = new(() =>
    {
        // The test runs from bin/<configuration>/<framework>; the project folder is the first one up holding the project file.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, ProjectFile)))
        {
            dir = dir.Parent;
        }

        var root = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "dashboard");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        return root;
    });

    public static string Folder => Root.Value;

    public static string PathOf(string name) => Path.Combine(Root.Value, name);
}
