namespace PikaMigrate.DynamoDb.Throughput;

/// <summary>
/// The rate a run writes at, adapted AIMD-style to what the table bears: it starts at the ceiling (or with no limit),
/// halves when DynamoDB throttles a write sent at the current rate, and climbs back a step for every calm interval,
/// never above the ceiling (without one, back to no limit once past the rate throttling was met at). It also measures
/// the rate achieved and keeps the trace of its changes, for the run's figures.
/// </summary>
public sealed class AdaptiveWriteRate
{
    public const int MaxTraceEntries = 500;

    private static readonly TimeSpan ObservationWindow = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly AdaptiveRateOptions _options;
    private readonly long _origin;
    private readonly List<RateChange> _trace = [];
    private double? _rate;
    private double? _throttledAt;
    private double? _lowest;
    private long _lastChange;
    private long _lastThrottle;
    private long _lastDecrease = long.MinValue;
    private long _throttledItems;
    private long _decreases;
    private int _traceDropped;
    private long _windowStart;
    private long _windowItems;
    private double? _lastWindowRate;
    private long? _firstSend;
    private long _lastSend;
    private long _acknowledged;

    public AdaptiveWriteRate(WriteRateCeiling ceiling, TimeProvider time, AdaptiveRateOptions? options = null)
    {
        Ceiling = ceiling;
        _time = time;
        _options = options ?? new AdaptiveRateOptions();
        _origin = _lastChange = _lastThrottle = _windowStart = time.GetTimestamp();
        _rate = ceiling.ItemsPerSecond;
        Record(_origin, RateChangeReason.Start);
    }

    public WriteRateCeiling Ceiling { get; }

    /// <summary>The rate writes may go at now (null: no limit), after a step up for every calm interval since the last change.</summary>
    public double? Current
    {
        get
        {
            lock (_gate)
            {
                IncreaseIfCalm(_time.GetTimestamp());
                return _rate;
            }
        }
    }

    /// <summary>Items let go at <paramref name="at"/> (a <see cref="TimeProvider.GetTimestamp"/> value).</summary>
    public void Sent(int items, long at)
    {
        lock (_gate)
        {
            _firstSend ??= at;
            _lastSend = Math.Max(_lastSend, at);
            var elapsed = _time.GetElapsedTime(_windowStart, at);
            if (elapsed >= ObservationWindow)
            {
                _lastWindowRate = _windowItems / elapsed.TotalSeconds;
                (_windowStart, _windowItems) = (at, 0);
            }

            _windowItems += items;
        }
    }

    /// <summary>Items DynamoDB accepted (written, or refused by their condition: both cost capacity).</summary>
    public void Acknowledged(int items)
    {
        lock (_gate)
        {
            _acknowledged += items;
        }
    }

    /// <summary>
    /// DynamoDB throttled <paramref name="items"/> of a call sent at <paramref name="sentAt"/>. Calls sent before the
    /// last decrease tell of the rate before it, already reacted to: they only hold off the next step up.
    /// </summary>
    public void Throttled(int items, long sentAt)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _throttledItems += items;
            _lastThrottle = now;
            if (sentAt < _lastDecrease)
            {
                return;
            }

            var basis = Math.Min(_rate ?? double.MaxValue, ObservedRate(now));
            _throttledAt = Ceiling.ItemsPerSecond is null ? basis : _throttledAt;
            _rate = Math.Max(_options.MinimumItemsPerSecond, basis * _options.DecreaseFactor);
            _decreases++;
            _lastDecrease = _lastChange = now;
            Record(now, RateChangeReason.Throttled);
        }
    }

    public WriteRateReport Report()
    {
        lock (_gate)
        {
            var seconds = _firstSend is { } first ? _time.GetElapsedTime(first, _lastSend).TotalSeconds : 0;
            return new WriteRateReport(
                Ceiling,
                _acknowledged,
                seconds,
                seconds > 0 ? _acknowledged / seconds : null,
                _throttledItems,
                _decreases,
                _lowest,
                [.. _trace],
                _traceDropped);
        }
    }

    private void IncreaseIfCalm(long now)
    {
        if (_rate is not { } rate)
        {
            return;
        }

        var calmSince = Math.Max(_lastChange, _lastThrottle);
        var steps = (long)(_time.GetElapsedTime(calmSince, now) / _options.CalmInterval);
        var ceiling = Ceiling.ItemsPerSecond;
        if (steps == 0 || rate >= ceiling)
        {
            return;
        }

        double? raised = rate + (steps * _options.IncreaseShare * (ceiling ?? _throttledAt ?? rate));
        raised = ceiling is { } most ? Math.Min(raised.Value, most) : raised >= _throttledAt ? null : raised;
        _rate = raised;
        _lastChange = calmSince + (steps * (long)(_options.CalmInterval.TotalSeconds * _time.TimestampFrequency));
        Record(now, RateChangeReason.Calm);
    }

    /// <summary>Items per second let go in the last full observation window, else so far in the current one.</summary>
    private double ObservedRate(long now)
    {
        var elapsed = _time.GetElapsedTime(_windowStart, now);
        return elapsed >= ObservationWindow || _lastWindowRate is null
            ? _windowItems / Math.Max(elapsed.TotalSeconds, 0.001)
            : _lastWindowRate.Value;
    }

    private void Record(long at, RateChangeReason reason)
    {
        if (_rate is { } rate)
        {
            _lowest = Math.Min(_lowest ?? rate, rate);
        }

        if (_trace.Count < MaxTraceEntries)
        {
            _trace.Add(new RateChange(Math.Round(_time.GetElapsedTime(_origin, at).TotalSeconds, 3), _rate is { } r ? Math.Round(r, 1) : null, reason));
        }
        else
        {
            _traceDropped++;
        }
    }
}
