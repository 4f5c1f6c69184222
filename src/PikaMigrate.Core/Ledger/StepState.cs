namespace PikaMigrate.Core.Ledger;

public enum StepState
{
    Pending,
    Running,
    Succeeded,
    Failed,
}
