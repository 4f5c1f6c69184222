namespace PikaMigrate.Sandbox.OpenSearch.Reindex;

/// <summary>
/// The requests_per_second of one update by query and its slices (LeaderBulkByScrollTaskState): a rethrottle is
/// shared among the slices running, and kept for those that have not started yet, so none is missed by a rethrottle
/// that comes before it starts.
/// </summary>
internal sealed class RunThrottle(float requestsPerSecond, int slices)
{
    private readonly object _gate = new();
    private readonly List<UpdateByQueryWorker> _running = [];
    private float _rate = requestsPerSecond;

    /// <summary>Creates a slice's worker with the current rate and lets later rethrottles reach it.</summary>
    public UpdateByQueryWorker Start(Func<float, UpdateByQueryWorker> create)
    {
        lock (_gate)
        {
            var worker = create(_rate / slices);
            _running.Add(worker);
            return worker;
        }
    }

    public void Finished(UpdateByQueryWorker worker)
    {
        lock (_gate)
        {
            _running.Remove(worker);
        }
    }

    public void Rethrottle(float requestsPerSecond)
    {
        lock (_gate)
        {
            _rate = requestsPerSecond;
            foreach (var worker in _running)
            {
                worker.Rethrottle(requestsPerSecond / _running.Count);
            }
        }
    }
}
