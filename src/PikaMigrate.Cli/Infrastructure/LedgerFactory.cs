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
            var table = value["dynamodb:".Length..];
            PikaSettingsReader.RequireTableName(table, "The table of --ledger dynamodb:<table>");
            return DynamoDbLedger.Open(dynamoDb(), table, time);
        }

        if (value.StartsWith("file:", StringComparison.Ordinal) && value.Length > "file:".Length)
        {
            var path = Path.GetFullPath(value["file:".Length..]);
            if (Directory.Exists(path) || !Directory.Exists(Path.GetDirectoryName(path)))
            {
                throw new PreflightException(
                    Directory.Exists(path) ? $"--ledger file:{path} is a directory, not a file." : $"The folder of --ledger file:{path} does not exist.",
                    "Name a file in an existing folder (it is created on the first write), e.g. --ledger file:./pika-ledger.json.");
            }

            return FileLedger.Open(path, time);
        }

        throw new PreflightException(
            $"--ledger '{value}' is not a ledger this tool knows.",
            "Use --ledger dynamodb (the default table pika-migrations-<project>-<stage>), --ledger dynamodb:<table>, or --ledger file:<path>.");
    }
}
