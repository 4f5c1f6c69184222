namespace PikaMigrate.Sandbox.OpenSearch.Bench;

/// <summary>This process's managed heap after a full collection.</summary>
internal static class Heap
{
    /// <summary>Printed only when the bench runs its one engine in its own process.</summary>
    public static void Print(IReadOnlyList<BenchEngine> engines, string when)
    {
        if (engines is [{ InProcess: true }])
        {
            Print(when);
        }
    }

    public static void Print(string when)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Console.WriteLine($"{"managed heap " + when,-56} {GC.GetTotalMemory(false) / (1024.0 * 1024.0),8:0} MB   (working set {Environment.WorkingSet / (1024.0 * 1024.0):0} MB)");
    }
}
