namespace PikaMigrate.OpenSearch.Http;

/// <summary>Whether a request may be sent again when the outcome of the first attempt is unknown.</summary>
public enum RetrySafety
{
    /// <summary>Reads and writes that converge (partial updates, mapping merges): every transient failure is retried.</summary>
    Idempotent,

    /// <summary>
    /// Starting a task: retried only on 429 and 503, which mean the request was not accepted; a dropped connection,
    /// a 502/504 or a timeout may hide a task that did start, so the caller decides
    /// (<see cref="Tasks.ByQueryTaskStarter"/> looks for the task before starting another).
    /// </summary>
    StartsWork,
}
