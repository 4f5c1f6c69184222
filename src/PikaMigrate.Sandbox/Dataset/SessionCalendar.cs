namespace PikaMigrate.Sandbox.Dataset;

/// <summary>
/// When the sessions start, in order: each UTC day gets a share of them by its weight — usage grows over the
/// period, weekends are quiet, days vary — and within a day they follow working hours across the Americas and
/// Europe. Days cut by the period's ends get the share of the day inside it.
/// </summary>
internal static class SessionCalendar
{
    /// <summary>From the first day of the period to its last, volume grows by this factor.</summary>
    private const double Growth = 2.6;

    /// <summary>Monday first.</summary>
    private static readonly double[] Weekday = [1.0, 1.08, 1.1, 1.05, 0.9, 0.3, 0.26];

    /// <summary>Relative activity per UTC hour: Europe's morning, then the overlap with the Americas, then a quiet night.</summary>
    private static readonly double[] Hourly =
    [
        0.25, 0.2, 0.15, 0.12, 0.12, 0.15, 0.3, 0.55, 0.8, 0.95, 1.0, 1.0,
        0.95, 1.2, 1.5, 1.7, 1.75, 1.7, 1.55, 1.4, 1.2, 0.95, 0.7, 0.45,
    ];

    public static DateTimeOffset[] Times(int count, DateTimeOffset start, DateTimeOffset end)
    {
        var times = new DateTimeOffset[Math.Max(count, 0)];
        if (count <= 0 || end <= start)
        {
            for (var i = 0; i < times.Length; i++)
            {
                times[i] = start;
            }

            return times;
        }

        var days = Days(start, end);
        var shares = Allocate(count, [.. days.Select(d => d.Weight)]);
        var next = 0;
        for (var d = 0; d < days.Count; d++)
        {
            var (day, from, to, _) = days[d];
            for (var k = 0; k < shares[d]; k++)
            {
                // Stratified draws keep the day's sessions in order without sorting.
                var unit = (k + StableRandom.Unit(StableRandom.Stream.TimeOfDay, day.DayNumber, k)) / shares[d];
                times[next++] = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddTicks(HourOfDay(unit, from, to).Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond);
            }
        }

        return times;
    }

    private static List<(DateOnly Day, double From, double To, double Weight)> Days(DateTimeOffset start, DateTimeOffset end)
    {
        var first = DateOnly.FromDateTime(start.UtcDateTime);
        var last = DateOnly.FromDateTime(end.UtcDateTime.AddTicks(-1));
        var span = Math.Max(last.DayNumber - first.DayNumber, 1);
        var days = new List<(DateOnly, double, double, double)>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var from = Math.Max(0, (start - midnight).TotalHours);
            var to = Math.Min(24, (end - midnight).TotalHours);
            var position = (double)(day.DayNumber - first.DayNumber) / span;
            var weight = (1 + ((Growth - 1) * position))
                * Weekday[((int)day.DayOfWeek + 6) % 7]
                * (0.85 + (0.3 * StableRandom.Unit(StableRandom.Stream.DayNoise, day.DayNumber)))
                * Mass(from, to);
            days.Add((day, from, to, weight));
        }

        return days;
    }

    /// <summary>Largest remainders: the shares add up to exactly <paramref name="count"/>.</summary>
    private static int[] Allocate(int count, double[] weights)
    {
        var total = weights.Sum();
        var exact = weights.Select(w => total > 0 ? w / total * count : 0).ToArray();
        var shares = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = count - shares.Sum();
        foreach (var index in Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - shares[i]).ThenBy(i => i).Take(left))
        {
            shares[index]++;
        }

        return shares;
    }

    /// <summary>The hourly profile's mass between two hours of the day.</summary>
    private static double Mass(double from, double to)
    {
        var mass = 0.0;
        for (var hour = 0; hour < 24; hour++)
        {
            mass += Hourly[hour] * Overlap(hour, from, to);
        }

        return mass;
    }

    private static double Overlap(int hour, double from, double to) => Math.Max(0, Math.Min(hour + 1, to) - Math.Max(hour, from));

    /// <summary>The time of day at which <paramref name="unit"/> of the window's mass has passed.</summary>
    private static TimeSpan HourOfDay(double unit, double from, double to)
    {
        var target = unit * Mass(from, to);
        for (var hour = 0; hour < 24; hour++)
        {
            var width = Overlap(hour, from, to);
            var mass = Hourly[hour] * width;
            if (mass > 0 && target <= mass)
            {
                return TimeSpan.FromHours(Math.Max(hour, from) + (width * target / mass));
            }

            target -= mass;
        }

        return TimeSpan.FromHours(to) - TimeSpan.FromMilliseconds(1);
    }
}
