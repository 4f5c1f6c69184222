namespace PikaMigrate.Core.Running;

public enum StepRunStatus
{
    /// <summary>Ran in this run (its outcome says whether all of its work got done).</summary>
    Applied,

    /// <summary>Succeeded in an earlier run; not run again.</summary>
    Skipped,

    /// <summary>Not reached because an earlier step did not succeed.</summary>
    NotReached,
}
