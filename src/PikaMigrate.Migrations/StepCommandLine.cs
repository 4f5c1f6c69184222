using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations;

/// <summary>
/// How commands are spelled in messages: a step's own (the tool, the branch of the store the step writes, the step's
/// name) and a whole migration's.
/// </summary>
public static class StepCommandLine
{
    public const string Tool = "pika-migrate";

    /// <summary>The command branch of a store's steps and look-ups.</summary>
    public static string Branch(StoreKind store) => store switch
    {
        StoreKind.DynamoDb => "ddb",
        StoreKind.OpenSearch => "os",
        _ => throw new ArgumentOutOfRangeException(nameof(store), store, null),
    };

    public static string Of(StoreKind store, string name) => $"{Tool} {Branch(store)} {name}";

    /// <summary>The command that runs every pending step of a migration, then verifies.</summary>
    public static string Migrate(string version) => $"{Tool} migrate {version}";

    /// <summary>The command that checks a migration's result in both stores.</summary>
    public static string Verify(string version) => $"{Tool} verify {version}";
}
