using System.Text.Json;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Running;
using PikaMigrate.Migrations.Backups;
using Spectre.Console;

namespace PikaMigrate.Cli.Rendering;

/// <summary>The ledger and the lock as a table per migration.</summary>
internal static class StatusView
{
    private const int CheckpointValueShown = 100;

    public static void Render(LedgerStatus status, CommandOutput output)
    {
        output.Line($"Ledger: {status.Ledger}");
        foreach (var migration in status.Migrations)
        {
            output.Line();
            output.Line($"Migration {migration.Version}:");
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumns("Step", "Name", "State", "Last run started (UTC)", "Finished (UTC)", "Summary");
            foreach (var step in migration.Steps)
            {
                var record = migration.Records.FirstOrDefault(r => r.StepId == step.Id);
                table.AddRow(
                    Markup.Escape(step.Id),
                    Markup.Escape(step.Name),
                    State(status.StateOf(migration, record)),
                    Markup.Escape(record?.Started?.ToString("yyyy-MM-dd HH:mm:ss") ?? "-"),
                    Markup.Escape(record?.Finished?.ToString("yyyy-MM-dd HH:mm:ss") ?? "-"),
                    Markup.Escape(record?.Summary ?? string.Empty));
            }

            output.Human.Write(table);
            foreach (var step in migration.Steps.Where(s => migration.StoresChanged.ContainsKey(s.Id)))
            {
                output.Line($"  {step.Id} {step.Name} is pending again: {migration.StoresChanged[step.Id]}; `pika-migrate migrate {migration.Version}` runs it again.");
            }

            foreach (var store in migration.Unchecked)
            {
                output.Line($"  Not checked whether this store is still the one the step ran on: {store}.");
            }

            var baselines = $"{migration.Version}/{BaselineRecord.LedgerScope}/";
            var backups = BackupsPrefix(migration);
            foreach (var (key, value) in migration.Checkpoints)
            {
                output.Line(key.StartsWith(baselines, StringComparison.Ordinal) && JsonSerializer.Deserialize<BaselineRecord>(value) is { } baseline
                    ? $"  Additive-only baseline of {key[baselines.Length..]}: {baseline.Records} records, recorded {baseline.Recorded:yyyy-MM-dd HH:mm:ss}Z"
                    : key.StartsWith(backups, StringComparison.Ordinal) && StoreBackups.Parse(value) is { } backup
                        ? $"  Backup before writes of {backup.Table}: {backup.Arn}, taken {backup.Created:yyyy-MM-dd HH:mm:ss}Z"
                        : $"  Checkpoint {key}: {Shorten(value)}");
            }
        }

        output.Line();
        if (status.LastTakeover is { } takeover)
        {
            output.Line($"Last lock takeover: {takeover.At:yyyy-MM-dd HH:mm:ss}Z, from a run of {takeover.Dead.Host} that no longer existed (pid {takeover.Dead.ProcessId}, '{takeover.Dead.Command}'), by pid {takeover.By.ProcessId}.");
        }

        output.Line(status.Holder switch
        {
            null => "Lock: free.",
            { } holder when status.IsLeftByDeadRun && holder.IsProvablyDead() =>
                $"Lock: left by a run of this machine that no longer exists (pid {holder.ProcessId}, '{holder.Command}'); the next run takes it over at once.",
            { } holder when status.IsLeftByDeadRun =>
                $"Lock: left by a run of this machine that no longer exists (pid {holder.ProcessId}, '{holder.Command}'); its lease expires at {holder.Expires:HH:mm:ss}Z, and the next run waits for that.",
            { } holder when status.IsLocked => $"Lock: held by {holder}.",
            { } holder => $"Lock: free (the lease of {holder.Owner}@{holder.Host} pid {holder.ProcessId} expired at {holder.Expires:HH:mm:ss}Z).",
        });
    }

    public static object Json(LedgerStatus status) => new
    {
        ledger = status.Ledger,
        locked = status.IsLocked,
        lockHolder = status.Holder,
        lastTakeover = status.LastTakeover,
        migrations = status.Migrations.Select(m => new
        {
            version = m.Version,
            steps = m.Steps.Select(step =>
            {
                var record = m.Records.FirstOrDefault(r => r.StepId == step.Id);
                return new
                {
                    step = StepView.Step(step),
                    state = status.StateOf(m, record),
                    pendingAgain = m.StoresChanged.GetValueOrDefault(step.Id),
                    record?.Started,
                    record?.Finished,
                    record?.RunBy,
                    record?.Summary,
                    figures = record is null ? null : StepView.Figures(record.Figures),
                    failures = record?.Failures,
                };
            }),
            backups = m.Checkpoints.Where(c => c.Key.StartsWith(BackupsPrefix(m), StringComparison.Ordinal)).Select(c => StoreBackups.Parse(c.Value)),
            checkpoints = m.Checkpoints.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
            notChecked = m.Unchecked,
        }),
    };

    private static string State(string state) => state switch
    {
        "succeeded" => "[green]succeeded[/]",
        "pending-again" => "[yellow]pending again[/] (stores re-created)",
        "failed" => "[red]failed[/] (re-run resumes)",
        "running" => "[yellow]running[/]",
        "interrupted" => "[yellow]interrupted[/] (re-run resumes)",
        _ => state,
    };

    /// <summary>Where <c>migrate --backup</c> records the backups it took before the first write.</summary>
    private static string BackupsPrefix(MigrationStatus migration) => $"{migration.Version}/{StoreBackups.LedgerScope}/";

    private static string Shorten(string value) =>
        value.Length <= CheckpointValueShown ? value : value[..CheckpointValueShown] + "…";
}
