using static PikaMigrate.Sandbox.Painless.Tests.ScriptHarness;

namespace PikaMigrate.Sandbox.Painless.Tests;

/// <summary>Painless stops a run after 1,000,000 loop iterations, counted over all loops of the run.</summary>
public sealed class LoopLimitTests
{
    private const string LimitReason = "The maximum number of statements that can be executed in a loop has been reached.";

    [Fact]
    public void Endless_loop_fails_with_the_painless_error()
    {
        var error = RuntimeError("int i = 0; while (true) { i++ }");

        Assert.Equal("painless_error", error.CauseType);
        Assert.Equal(LimitReason, error.CauseReason);
        Assert.Equal(11, error.Offset);
    }

    [Fact]
    public void Just_under_the_limit_completes()
    {
        Assert.Equal(999_999, Evaluate("n", "int n = 0; for (int i = 0; i < 999999; i++) { n++ }"));
    }

    [Fact]
    public void The_millionth_iteration_fails()
    {
        Assert.Equal(LimitReason, RuntimeError("int n = 0; for (int i = 0; i < 1000000; i++) { n++ }").CauseReason);
    }

    [Fact]
    public void The_counter_is_shared_by_all_loops_of_a_run()
    {
        var error = RuntimeError("int n = 0; for (int i = 0; i < 600000; i++) { n++ } for (int j = 0; j < 600000; j++) { n++ }");

        Assert.Equal(LimitReason, error.CauseReason);
    }

    [Fact]
    public void Each_run_gets_a_fresh_counter()
    {
        var script = PainlessScript.Compile("int n = 0; for (int i = 0; i < 600000; i++) { n++ } ctx._source.n = n");

        script.Execute(Variables(NewContext()));
        script.Execute(Variables(NewContext()));
    }
}
