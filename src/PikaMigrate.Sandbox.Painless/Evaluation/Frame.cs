namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>
/// The state of one script run: the local variable slots the parser assigned, and the loop counter Painless
/// uses to stop runaway scripts. One frame per <see cref="PainlessScript.Execute"/> call, so runs never share state.
/// </summary>
internal sealed class Frame(int slotCount)
{
    /// <summary>Painless's default <c>max_loop_counter</c>, shared by all loops of one run.</summary>
    public const int LoopLimit = 1_000_000;

    private int _loopBudget = LoopLimit;

    public readonly object?[] Slots = new object?[slotCount];

    /// <summary>Counts one loop iteration; like Painless, the run fails when the counter reaches zero.</summary>
    public void CountLoopIteration(int offset)
    {
        if (--_loopBudget <= 0)
        {
            throw RuntimeErrors.LoopLimit(offset);
        }
    }
}
