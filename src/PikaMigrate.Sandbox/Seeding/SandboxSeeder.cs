using Amazon.DynamoDBv2;
using PikaMigrate.Sandbox.Dataset;

namespace PikaMigrate.Sandbox.Seeding;

/// <summary>Writes one 0.10.x-era dataset into both stores, replacing what the sandbox held.</summary>
public static class SandboxSeeder
{
    public static async Task<SeedSummary> SeedAsync(
        IAmazonDynamoDB dynamo, Uri openSearch, string sessionTable, string userTable, string index, DatasetOptions options, CancellationToken cancellationToken)
    {
        var dataset = new PikaDataset(options);
        using var http = new HttpClient { BaseAddress = openSearch, Timeout = TimeSpan.FromMinutes(2) };
        await Task.WhenAll(
            new DynamoDbSeeder(dynamo).SeedAsync(dataset, sessionTable, userTable, cancellationToken),
            new OpenSearchSeeder(http).SeedAsync(dataset, index, cancellationToken)).ConfigureAwait(false);
        var missing = Enumerable.Range(0, options.Users).Count(dataset.IsMissingUser);
        return new SeedSummary(options.Sessions, options.Users - missing, missing, Math.Min(options.PreTyped, options.Sessions), sessionTable, userTable, index);
    }
}
