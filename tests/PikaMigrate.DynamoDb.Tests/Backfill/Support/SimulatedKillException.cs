namespace PikaMigrate.DynamoDb.Tests.Backfill.Support;

/// <summary>The process "dies": thrown by every request and checkpoint write from the kill on.</summary>
public sealed class SimulatedKillException : Exception
{
    public SimulatedKillException()
        : base("simulated SIGKILL")
    {
    }
}
