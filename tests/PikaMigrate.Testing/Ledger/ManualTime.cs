namespace PikaMigrate.Testing.Ledger;

/// <summary>A clock the test moves by hand (timers still run on real time).</summary>
public sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
