namespace PikaMigrate.Core.Running;

/// <summary>What a whole run did: each step's result and the closing verify verdict.</summary>
public sealed record MigrationRunResult(string Version, IReadOnlyList<StepRunResult> Steps, VerifyResult? Verification)
{
    public bool Succeeded => Steps.All(s => s.Succeeded) && Verification is { Passed: true };
}
