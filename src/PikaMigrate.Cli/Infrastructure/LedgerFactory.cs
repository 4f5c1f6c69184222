using Amazon.DynamoDBv2;
using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.DynamoDb.Ledger;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>Opens the ledger <c>--ledger</c> names: <c>dynamodb</c> (default), <c>dynamodb:&lt;table&gt;</c> or <c>file:&lt;path&gt;</c>.</summary>
internal static class LedgerFactory
{
    public static LedgerConnection Open(string? spec, PikaSettings settings, Func<IAmazonDynamoDB> dynamoDb, TimeProvider time)
    {
        var value = spec?.Trim() ?? "dynamodb";
        if (value == "dynamodb")
        {
            return DynamoDbLedger.Open(dynamoDb(), DynamoDbLedgerTable.DefaultName(settings.StackName), time);
        }

        if (value.StartsWith("dynamodb:", StringComparison.Ordinal) && value.Length > "dynamodb:".Length)
        {
            return DynamoDbLedger.Open(dynamoDb(), value["dynamodb:".Length..], time);
        }

        if (value.StartsWith("file:", StringComparison.Ordinal) && value.Length > "file:".Length)
        {
            return FileLedger.Open(value["file:".Length..], time);
        }

        throw new PreflightException(
            $"--ledger '{value}' is not a ledger this tool knows.",
            "Use --ledger dynamodb (the default table pika-migrations-<project>-<stage>), --ledger dynamodb:<table>, or --ledger file:<path>.");
    }
}
