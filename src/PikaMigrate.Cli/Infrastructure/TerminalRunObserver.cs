using PikaMigrate.Cli.Rendering;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Running;
using Spectre.Console;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// Renders a run as it happens: live progress bars when a person watches a terminal, plain lines in logs and CI
/// (Spectre's progress display is only started when the console is interactive).
/// </summary>
internal sealed class TerminalRunObserver : IRunObserver
{
    private readonly CommandOutput _output;
    private readonly ProgressContext? _live;
    private readonly bool _announceSteps;
    private readonly List<Action> _open = [];

    private TerminalRunObserver(CommandOutput output, ProgressContext? live, bool announceSteps)
    {
        _output = output;
        _live = live;
        _announceSteps = announceSteps;
    }

    /// <param name="announceSteps">Print a header line per step (a whole migration); a single step's command prints its own.</param>
    public static async Task<T> RunAsync<T>(CommandOutput output, bool announceSteps, Func<TerminalRunObserver, Task<T>> work)
    {
        if (!output.IsInteractive)
        {
            var plain = new TerminalRunObserver(output, null, announceSteps);
            try
            {
                return await work(plain).ConfigureAwait(false);
            }
            finally
            {
                plain.CloseOpenReporters();
            }
        }

        return await output.Human.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var live = new TerminalRunObserver(output, context, announceSteps);
                try
                {
                    return await work(live).ConfigureAwait(false);
                }
                finally
                {
                    live.CloseOpenReporters();
                }
            }).ConfigureAwait(false);
    }

    /// <summary>True once a step has started applying: from then on, writes may have happened.</summary>
    public bool StepStarted { get; private set; }

    public IStepReporter StepStarting(StepInfo step)
    {
        StepStarted = true;
        CloseOpenReporters();
        if (_announceSteps)
        {
            _output.Line();
            _output.Line($"▶ {step.Id} {step.Name}: {step.Title}");
        }

        // The step's own progress lines are the guide's ("Progress: 1000 scanned, ..."), printed as they are.
        return Reporter($"{step.Id} {step.Name}", plainPrefix: null);
    }

    public IStepReporter StepReading(StepInfo step, ReadingPass pass)
    {
        var title = $"{(pass == ReadingPass.Plan ? "Planning" : "Verifying")} {step.Id} {step.Name}";
        return Reporter(title, plainPrefix: title);
    }

    public void StepFinished(StepOutcome outcome)
    {
        CloseOpenReporters();
        OutcomeRendering.Render(outcome, _output);
    }

    public void StepSkipped(StepInfo step, StepRecord record)
    {
        if (_announceSteps)
        {
            _output.Line();
            _output.Line($"✓ {step.Id} {step.Name}: already done ({record.Finished:yyyy-MM-dd HH:mm}Z, {record.Summary}); skipped.");
        }
    }

    public void StepRerunning(StepInfo step, StepRecord record, string reason)
    {
        if (_announceSteps)
        {
            _output.Line();
            _output.Line($"↻ {step.Id} {step.Name}: recorded as done ({record.LastRan:yyyy-MM-dd HH:mm}Z), but {reason}; running it again.");
        }
    }

    public void LockTakenOver(LockHolder dead) =>
        _output.Line($"The lock was held by a run of this machine that no longer exists (pid {dead.ProcessId}, '{dead.Command}', since {dead.Acquired:yyyy-MM-dd HH:mm:ss}Z); took it over at once (recorded in the ledger).");

    public void BaselineRenewed(string name, string reason) =>
        _output.Line($"The additive-only baseline of {name} is recorded afresh: {reason}.");

    public void WaitingForLock(LockHolder holder, TimeSpan wait) =>
        _output.Line($"The lock is held by a run of this machine that no longer exists (pid {holder.ProcessId}, '{holder.Command}'); waiting {wait.TotalSeconds:0} s for its lease to expire...");

    public IStepReporter BaselineStarting(string name)
    {
        CloseOpenReporters();
        _output.Line($"Digesting the original content of {name} (additive-only proof)...");
        return Reporter("Digest", plainPrefix: "Digest");
    }

    private IStepReporter Reporter(string title, string? plainPrefix)
    {
        CloseOpenReporters();
        if (_live is null)
        {
            var plain = new PlainStepReporter(_output, plainPrefix);
            _open.Add(plain.Flush);
            return plain;
        }

        var task = _live.AddTask(Markup.Escape(title), maxValue: 1);
        task.IsIndeterminate = true;
        var live = new LiveStepReporter(task, title, _output);
        _open.Add(live.Complete);
        return live;
    }

    private void CloseOpenReporters()
    {
        foreach (var close in _open)
        {
            close();
        }

        _open.Clear();
    }
}
