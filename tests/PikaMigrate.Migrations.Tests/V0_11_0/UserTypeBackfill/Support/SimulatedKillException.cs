using PikaMigrate.Migrations.Tests.V0_11_0;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;

/// <summary>The process "dies": thrown by every request and checkpoint write from the kill on.</summary>
public sealed class SimulatedKillException : Exception
{
    public SimulatedKillException()
        : base("simulated SIGKILL")
    {
    }
}
