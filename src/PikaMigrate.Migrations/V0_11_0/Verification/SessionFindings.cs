namespace PikaMigrate.Migrations.V0_11_0.Verification;

/// <summary>How many sessions an audit found in some state, and a few of their ids for the operator to look at.</summary>
public sealed record SessionFindings(long Count, IReadOnlyList<string> Examples);
