namespace PikaMigrate.Sandbox.OpenSearch.Search;

/// <summary><c>track_total_hits</c>: exact (<c>true</c>), up to a threshold (default 10000), or off.</summary>
internal readonly record struct TotalHitsMode(int UpTo)
{
    public static readonly TotalHitsMode Exact = new(int.MaxValue);
    public static readonly TotalHitsMode Off = new(-1);
    public static readonly TotalHitsMode Default = new(10_000);

    public bool Tracked => UpTo >= 0;
}
