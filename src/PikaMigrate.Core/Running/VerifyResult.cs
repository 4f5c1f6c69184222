using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

public sealed record VerifyResult(string Version, IReadOnlyList<CheckResult> Checks)
{
    public bool Passed => Checks.Count > 0 && Checks.All(c => c.Passed);
}
