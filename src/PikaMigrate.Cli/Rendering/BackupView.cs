using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.DynamoDb.Backups;
using PikaMigrate.Migrations.Backups;
using Spectre.Console;

namespace PikaMigrate.Cli.Rendering;

/// <summary>The plan's "Backups before writes" section, and the backups <c>migrate --backup</c> took.</summary>
internal static class BackupView
{
    private const string Good = "[green]✓[/]";
    private const string Warning = "[yellow]![/]";
    private const string Unknown = "[yellow]?[/]";

    public static void Render(BackupStatus status, CommandOutput output)
    {
        output.Line("Backups before writes:");
        foreach (var table in status.Tables)
        {
            Line(output, table switch
            {
                { Enabled: true } => (Good, $"DynamoDB {table.Table}: point-in-time recovery enabled{Window(table)}"),
                { Enabled: false } => (Warning, $"DynamoDB {table.Table}: point-in-time recovery disabled; enable it, or pass --backup to migrate for an on-demand backup before the first write"),
                _ => (Unknown, $"DynamoDB {table.Table}: point-in-time recovery {table.Unknown}"),
            });
        }

        if (status.Domain is { } domain)
        {
            var repositories = domain.Repositories is { } all ? $"snapshot repositor{(all.Count == 1 ? "y" : "ies")} {string.Join(", ", all.Select(r => r.Name))}" : null;
            Line(output, domain switch
            {
                { Repositories: null } => (Unknown, $"OpenSearch snapshots: {domain.Unknown}"),
                { Repositories.Count: 0 } => (Warning, "OpenSearch: no snapshot repository, so no snapshot to restore the session index from; register one before migrating"),
                { Newest: { } newest } => (Good, $"OpenSearch: {repositories}; newest snapshot {newest.Newest} in {newest.Name}, {newest.NewestEnded:yyyy-MM-dd HH:mm}Z ({Age(status.NewestSnapshotAge!.Value)} old)"),
                _ => (Warning, $"OpenSearch: {repositories}, but no successful snapshot in {(domain.Repositories.Count == 1 ? "it" : "them")}"),
            });
        }

        output.Line();
    }

    public static void RenderTaken(IReadOnlyList<TableBackup> backups, CommandOutput output)
    {
        foreach (var backup in backups)
        {
            output.Human.MarkupLineInterpolated($"[green]✓[/] Backed up {backup.Table} before the first write: {backup.Arn} (available; recorded in the ledger)");
        }
    }

    private static string Window(PointInTimeRecovery table) =>
        table.EarliestRestorable is { } earliest && table.LatestRestorable is { } latest
            ? $" (restorable from {earliest:yyyy-MM-dd HH:mm}Z to {latest:yyyy-MM-dd HH:mm}Z{(table.RecoveryPeriodInDays is { } days ? $", a {days}-day window" : string.Empty)})"
            : string.Empty;

    private static string Age(TimeSpan age) => age switch
    {
        { TotalDays: >= 2 } => $"{(int)age.TotalDays} days",
        { TotalHours: >= 2 } => $"{(int)age.TotalHours} hours",
        _ => $"{Math.Max(0, (int)age.TotalMinutes)} minutes",
    };

    private static void Line(CommandOutput output, (string Mark, string Text) line) =>
        output.Human.MarkupLine($"{line.Mark} {Markup.Escape(line.Text)}");
}
