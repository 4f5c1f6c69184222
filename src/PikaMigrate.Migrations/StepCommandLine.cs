using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations;

/// <summary>How a step's own command is spelled: the tool, the branch of the store the step writes, the step's name.</summary>
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
}
