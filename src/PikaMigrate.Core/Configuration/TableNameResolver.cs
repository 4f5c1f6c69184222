namespace PikaMigrate.Core.Configuration;

/// <summary>Picks the one candidate table name that exists, refusing when none or several do.</summary>
public static class TableNameResolver
{
    public static async Task<string> ResolveAsync(
        TableNameCandidates candidates, ITableCatalog catalog, CancellationToken cancellationToken)
    {
        var existing = new List<string>();
        foreach (var name in candidates.Names)
        {
            if (await catalog.ExistsAsync(name, cancellationToken).ConfigureAwait(false))
            {
                existing.Add(name);
            }
        }

        var option = candidates.OverrideOption;
        if (existing.Count == 1)
        {
            return existing[0];
        }

        if (candidates.IsOverride)
        {
            throw new PreflightException(
                $"The {candidates.Kind} table '{candidates.Names[0]}' given with {option} does not exist.",
                $"Check the name, the region and the account (AWS_REGION, AWS_PROFILE), or drop {option} to use the default names.");
        }

        var listed = string.Join("' and '", candidates.Names);
        return existing.Count == 0
            ? throw new PreflightException(
                $"No {candidates.Kind} table found: neither '{listed}' exists.",
                $"Check stage and PIKA_SERVICE_PROJ_NAME_KEBAB_CASE in the env file, AWS_REGION and the account{(option is null ? "." : $", or name the table with {option}.")}")
            : throw new PreflightException(
                $"Both '{listed}' exist, so the {candidates.Kind} table is ambiguous.",
                option is null ? "Check which one the Pika stack uses (its CloudFormation resources name it); pika-migrate cannot choose between them." : $"Name the one Pika uses with {option} <name>.");
    }
}
