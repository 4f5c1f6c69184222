namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>
/// Kahan summation as OpenSearch's sum, avg and stats aggregations add doubles (CompensatedSum), so totals of
/// costs print with the same last digits.
/// </summary>
internal struct CompensatedSum
{
    private double _delta;

    public double Value { get; private set; }

    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            Value = value + Value;
        }
        else if (double.IsFinite(Value))
        {
            var corrected = value + _delta;
            var updated = Value + corrected;
            _delta = corrected - (updated - Value);
            Value = updated;
        }
    }
}
