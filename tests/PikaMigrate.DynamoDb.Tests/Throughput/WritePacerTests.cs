using Microsoft.Extensions.Time.Testing;
using PikaMigrate.DynamoDb.Throughput;

namespace PikaMigrate.DynamoDb.Tests.Throughput;

/// <summary>Virtual scheduling on a clock the test moves: each call waits its items' share of a second after the one before.</summary>
public sealed class WritePacerTests
{
    [Fact]
    public async Task Each_call_goes_its_items_share_of_a_second_after_the_previous_one_and_an_idle_spell_earns_no_burst()
    {
        var time = new FakeTimeProvider();
        var pacer = new WritePacer(new AdaptiveWriteRate(WriteRateCeiling.Requested(100), time), time);

        var first = pacer.AcquireAsync(25, CancellationToken.None).AsTask();
        var second = pacer.AcquireAsync(25, CancellationToken.None).AsTask();
        var firstGoesAtOnce = first.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(249));
        var secondEarly = second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(60));
        var afterIdle = pacer.AcquireAsync(25, CancellationToken.None).AsTask();
        var next = pacer.AcquireAsync(25, CancellationToken.None).AsTask();

        Assert.True(firstGoesAtOnce);
        Assert.False(secondEarly);
        Assert.True(afterIdle.IsCompleted);
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(250));
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Without_a_limit_every_call_goes_at_once()
    {
        var time = new FakeTimeProvider();
        var pacer = new WritePacer(new AdaptiveWriteRate(new WriteRateCeiling(null, WriteRateSource.None), time), time);

        Assert.All(Enumerable.Range(0, 100).Select(_ => pacer.AcquireAsync(25, CancellationToken.None)), call => Assert.True(call.IsCompleted));
    }
}
