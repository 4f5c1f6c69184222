using System.Text.Json;

namespace PikaMigrate.Sandbox.Lifecycle;

/// <summary>What <c>sandbox up</c> started, kept in the sandbox directory so <c>down</c> can stop it.</summary>
public sealed record SandboxState(int DynamoDbPort, int DynamoDbProcessId, int OpenSearchPort, int OpenSearchProcessId, DateTimeOffset Started)
{
    public const string FileName = "sandbox.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public SandboxEndpoints Endpoints => new(new Uri($"http://127.0.0.1:{DynamoDbPort}"), new Uri($"http://127.0.0.1:{OpenSearchPort}"));

    public static SandboxState? Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<SandboxState>(File.ReadAllText(path)) : null;
    }

    public void Write(string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Indented));

    public static void Delete(string directory) => File.Delete(Path.Combine(directory, FileName));
}
