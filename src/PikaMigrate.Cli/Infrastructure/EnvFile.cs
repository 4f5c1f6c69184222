using PikaMigrate.Core;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// Reads the guide's env file (dotenv syntax) like the guide's tools do: values already in the environment
/// win over the file's. Nothing process-wide is changed, so commands can run side by side in one process.
/// </summary>
internal sealed class EnvFile
{
    public static readonly string[] DefaultPaths = ["./.env.local", "services/pika/.env.local"];

    private readonly Dictionary<string, string> _fileValues;

    private EnvFile(Dictionary<string, string> fileValues, string description)
    {
        _fileValues = fileValues;
        Description = description;
    }

    /// <summary>Where the variables were looked for, for messages.</summary>
    public string Description { get; }

    public static EnvFile Load(string? explicitPath)
    {
        string? path;
        if (explicitPath is not null)
        {
            if (!File.Exists(explicitPath))
            {
                throw new PreflightException(
                    Directory.Exists(explicitPath)
                        ? $"The env file '{explicitPath}' given with --env-file is a directory."
                        : $"The env file '{explicitPath}' given with --env-file does not exist.",
                    "Pass the path of your services/pika/.env.local, or drop --env-file to use ./.env.local or services/pika/.env.local.");
            }

            path = explicitPath;
        }
        else
        {
            path = DefaultPaths.FirstOrDefault(File.Exists);
        }

        if (path is null)
        {
            return new EnvFile([], $"the environment; neither {string.Join(" nor ", DefaultPaths)} exists");
        }

        try
        {
            var values = DotNetEnv.Env.NoEnvVars().Load(path)
                .GroupBy(kv => kv.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
            return new EnvFile(values, $"'{path}' and the environment");
        }
        catch (Sprache.ParseException e)
        {
            // The parser's own message quotes the text around the error, which may be the tail of a secret: only the line is named.
            throw new PreflightException(
                e.Position is { } position
                    ? $"Line {position.Line} of the env file '{path}' is not a setting."
                    : $"The env file '{path}' holds a line that is not a setting.",
                "Write each setting as KEY=VALUE on a line of its own (a value with spaces or # in quotes); comment lines start with #.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PreflightException(
                $"The env file '{path}' could not be read: {e.Message}",
                "Fix its permissions, or point --env-file at another one.");
        }
    }

    public string? Get(string name) =>
        Environment.GetEnvironmentVariable(name) ?? _fileValues.GetValueOrDefault(name);
}
