using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// plan and migrate report what the changed stores keep to restore from; <c>migrate --backup</c> takes an on-demand
/// backup before the first write: refused at DynamoDB Local (which implements no backups), taken against AWS's
/// documented answers replayed over HTTP in front of it, its ARN recorded in the ledger and shown by status.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class BackupsBeforeWritesTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Plan_says_recovery_cannot_be_known_at_DynamoDB_Local_and_that_the_engine_keeps_no_snapshot_then_the_rates()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "bk-plan");

        var plan = await scenario.RunAsync(scenario.Command("plan"));
        var json = await scenario.RunAsync(scenario.Command("plan", "--json"));

        Shows.Exit(plan, 0);
        Shows.InOrder(
            plan,
            "Backups before writes:",
            $"? DynamoDB {scenario.SessionTable}: point-in-time recovery cannot be known at this endpoint: it does not implement DynamoDB backups (UnknownOperationException, as DynamoDB Local answers)",
            "! OpenSearch: no snapshot repository, so no snapshot to restore the session index from; register one before migrating",
            "Plan for 0.11.0 (nothing has been written):",
            "• B1 backfill-session-metadata:",
            "Write rate ceiling: none: the table is on-demand",
            "• A2 copy-to-keyword-fields:",
            "Rate: unthrottled (no --requests-per-second)");
        var backups = JsonNode.Parse(json.StandardOutput)!["backups"]!;
        Assert.Null(backups["tables"]![0]!["enabled"]);
        Assert.True((bool)backups["tables"]![0]!["endpointHasNoBackups"]!);
        Assert.Empty(backups["domain"]!["repositories"]!.AsArray());
        await scenario.AssertUntouchedAsync();
    }

    [Fact]
    public async Task Migrate_with_backup_refuses_at_DynamoDB_Local_before_writing_anything()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "bk-local");

        var result = await scenario.RunAsync(scenario.Command("migrate", "--yes", "--backup"));

        Shows.Exit(result, 2);
        Shows.Error(result, "--backup cannot take a backup here: this DynamoDB endpoint does not implement backups");
        await scenario.AssertUntouchedAsync();
        Assert.False(await scenario.LedgerExistsAsync());
    }

    [Fact]
    public async Task Migrate_with_backup_against_AWS_backs_up_before_the_first_write_and_status_shows_the_ARN()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "bk-aws");
        var described = 0;
        var traffic = new DynamoDbTraffic
        {
            Intercept = (call, _) => Task.FromResult(call.Operation switch
            {
                "DescribeContinuousBackups" => DynamoDbTraffic.Json(DocumentedBackupAnswers.ContinuousBackups(pointInTimeRecovery: true)),
                "CreateBackup" => DynamoDbTraffic.Json(DocumentedBackupAnswers.Created(scenario.SessionTable, (string)call.Body["BackupName"]!)),
                "DescribeBackup" => DynamoDbTraffic.Json(DocumentedBackupAnswers.Described(scenario.SessionTable, "before", ++described < 2 ? "CREATING" : "AVAILABLE")),
                _ => null,
            }),
        };
        await using var aws = await traffic.ServeAsync(dynamo.Endpoint);
        var envFile = scenario.EnvFileWith("aws", "AWS_ENDPOINT_URL_DYNAMODB", aws.Endpoint.ToString());
        var arn = DocumentedBackupAnswers.Arn(scenario.SessionTable);

        var result = await scenario.RunAsync(scenario.CommandUsing(envFile, "migrate", "--yes", "--backup"));
        var status = await scenario.RunAsync(scenario.Status());
        var statusJson = await scenario.RunAsync(scenario.Status("--json"));

        Shows.Exit(result, 0);
        Shows.InOrder(
            result,
            $"✓ DynamoDB {scenario.SessionTable}: point-in-time recovery enabled (restorable from 2025-09-26 08:00Z to 2025-10-01 07:55Z, a 35-day window)",
            $"✓ Backed up {scenario.SessionTable} before the first write: {arn} (available; recorded in the ledger)",
            "✅ Fully migrated to 0.11.0");
        var calls = traffic.Calls.ToList();
        var backedUp = calls.Single(c => c.Operation == "CreateBackup");
        Assert.StartsWith($"pika-migrate-0.11.0-{scenario.SessionTable}-", (string)backedUp.Body["BackupName"]!, StringComparison.Ordinal);
        Assert.True(calls.Where(c => c.Operation == "DescribeBackup").Max(c => c.Sequence) < calls.Where(c => c.Operation == "BatchExecuteStatement").Min(c => c.Sequence));
        Shows.Text(status, $"Backup before writes of {scenario.SessionTable}: {arn}, taken 2025-10-01 08:00:00Z");
        var recorded = JsonNode.Parse(statusJson.StandardOutput)!["migrations"]!.AsArray().Single(m => (string)m!["version"]! == "0.11.0")!["backups"]!.AsArray();
        Assert.Equal(arn, (string)recorded.Single()!["arn"]!);
        await scenario.AssertMigratedAsync();
    }
}
