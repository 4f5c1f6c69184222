using System.Globalization;

namespace PikaMigrate.Sandbox.Lifecycle;

/// <summary>Where the two local stores listen, and the env file that points the tool at them.</summary>
public sealed record SandboxEndpoints(Uri DynamoDb, Uri OpenSearch)
{
    public const string Project = "pika";
    public const string Stage = "sandbox";

    /// <summary>The guide's variables for the sandbox, with dummy credentials DynamoDB Local accepts.</summary>
    public IReadOnlyDictionary<string, string> Variables => new Dictionary<string, string>
    {
        ["stage"] = Stage,
        ["PIKA_SERVICE_PROJ_NAME_KEBAB_CASE"] = Project,
        ["AWS_REGION"] = "us-east-1",
        ["PIKA_DOMAIN_ENDPOINT"] = OpenSearch.GetLeftPart(UriPartial.Authority),
        ["AWS_ENDPOINT_URL_DYNAMODB"] = DynamoDb.GetLeftPart(UriPartial.Authority),
        ["AWS_ACCESS_KEY_ID"] = "sandbox",
        ["AWS_SECRET_ACCESS_KEY"] = "sandbox",
    };

    public void WriteEnvFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllLines(path, ["# Written by pika-migrate sandbox up: points every command at the local stores.", .. Variables.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}={kv.Value}"))]);
    }
}
