using Microsoft.Extensions.Time.Testing;
using PikaMigrate.DynamoDb.Throughput;

namespace PikaMigrate.DynamoDb.Tests.Throughput;

/// <summary>The AIMD rule on a clock the test moves: halve on throttling, a step up per calm interval, never above the ceiling.</summary>
public sealed class AdaptiveWriteRateTests
{
    private static readonly AdaptiveRateOptions Steps = new() { DecreaseFactor = 0.5, IncreaseShare = 0.1, CalmInterval = TimeSpan.FromSeconds(1), MinimumItemsPerSecond = 5 };

    [Fact]
    public void Throttling_halves_the_rate_once_for_the_calls_sent_at_it_then_calm_intervals_climb_back_to_the_ceiling_and_no_higher()
    {
        var time = new FakeTimeProvider();
        var rate = new AdaptiveWriteRate(WriteRateCeiling.Requested(200), time, Steps);
        var sent = time.GetTimestamp();
        rate.Sent(25, sent);
        rate.Sent(25, sent);
        time.Advance(TimeSpan.FromMilliseconds(100));

        rate.Throttled(25, sent);
        rate.Throttled(25, sent);
        var afterThrottling = rate.Current;
        time.Advance(TimeSpan.FromMilliseconds(900));
        var almostCalm = rate.Current;
        time.Advance(TimeSpan.FromMilliseconds(100));
        var oneStepUp = rate.Current;
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(100, afterThrottling);
        Assert.Equal(100, almostCalm);
        Assert.Equal(120, oneStepUp);
        Assert.Equal(200, rate.Current);
        var report = rate.Report();
        Assert.Equal(50, report.ThrottledItems);
        Assert.Equal(1, report.Decreases);
        Assert.Equal(100, report.LowestItemsPerSecond);
        Assert.Equal(
            [(RateChangeReason.Start, 200), (RateChangeReason.Throttled, 100), (RateChangeReason.Calm, 120), (RateChangeReason.Calm, 200)],
            report.Trace.Select(c => (c.Reason, c.ItemsPerSecond)));
    }

    [Fact]
    public void Calls_sent_after_a_cut_cut_again_throttling_holds_off_the_climb_and_the_rate_never_drops_below_its_minimum()
    {
        var time = new FakeTimeProvider();
        var rate = new AdaptiveWriteRate(WriteRateCeiling.Requested(80), time, Steps);
        var rates = new List<double?>();
        for (var i = 0; i < 6; i++)
        {
            var sent = time.GetTimestamp();
            rate.Sent(100, sent);
            time.Advance(TimeSpan.FromMilliseconds(600));
            rate.Throttled(1, sent);
            rates.Add(rate.Current);
        }

        Assert.Equal([40, 20, 10, 5, 5, 5], rates);
        Assert.Equal(6, rate.Report().Decreases);
        Assert.Equal(5, rate.Report().LowestItemsPerSecond);
    }

    [Fact]
    public void Without_a_ceiling_throttling_caps_the_rate_at_half_the_throughput_met_and_calm_lifts_the_cap_again()
    {
        var time = new FakeTimeProvider();
        var rate = new AdaptiveWriteRate(new WriteRateCeiling(null, WriteRateSource.None), time, Steps);
        var unlimited = rate.Current;
        for (var i = 0; i < 4; i++)
        {
            rate.Sent(25, time.GetTimestamp());
            time.Advance(TimeSpan.FromMilliseconds(250));
        }

        var sent = time.GetTimestamp();
        rate.Sent(25, sent);
        rate.Throttled(25, sent);
        var capped = rate.Current;
        time.Advance(TimeSpan.FromSeconds(4));
        var climbing = rate.Current;
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(unlimited);
        Assert.Equal(50, capped);
        Assert.Equal(90, climbing!.Value, precision: 6);
        Assert.Null(rate.Current);
        Assert.Equal(RateChangeReason.Calm, rate.Report().Trace[^1].Reason);
    }

    [Fact]
    public void The_achieved_rate_is_what_was_acknowledged_over_the_time_the_writes_went_out()
    {
        var time = new FakeTimeProvider();
        var rate = new AdaptiveWriteRate(WriteRateCeiling.Requested(100), time, Steps);
        rate.Sent(50, time.GetTimestamp());
        time.Advance(TimeSpan.FromMilliseconds(500));
        rate.Sent(50, time.GetTimestamp());
        rate.Acknowledged(50);
        time.Advance(TimeSpan.FromSeconds(3));
        rate.Acknowledged(50);

        var report = rate.Report();

        Assert.Equal(100, report.ItemsAcknowledged);
        Assert.Equal(0.5, report.Seconds, precision: 6);
        Assert.Equal(200, report.AchievedItemsPerSecond!.Value, precision: 6);
    }
}
