namespace PikaMigrate.Testing;

/// <summary>
/// One temporary folder per test process for the files tests write (env files, ledgers, missing-user lists),
/// removed when the process exits, so failed or killed scenarios leave nothing behind in /tmp.
/// </summary>
public static class TestScratch
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("pika-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A child process still holding a file: the OS cleans /tmp eventually.
            }
        };
        return root;
    });

    /// <summary>A new, empty folder whose name starts with <paramref name="prefix"/>.</summary>
    public static string CreateDirectory(string prefix) =>
        Directory.CreateDirectory(Path.Combine(Root.Value, prefix + Guid.NewGuid().ToString("N")[..12])).FullName;
}
