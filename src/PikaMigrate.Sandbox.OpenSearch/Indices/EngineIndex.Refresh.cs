using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>
/// Near-real-time search as OpenSearch does it: a write is searchable only after a refresh, which happens every
/// <c>index.refresh_interval</c> (when something changed), on <c>_refresh</c>, on <c>refresh=true</c>, and releases
/// the <c>refresh=wait_for</c> requests waiting for it.
/// </summary>
internal sealed partial class EngineIndex
{
    private readonly object _refreshGate = new();
    private readonly List<(long SeqNo, TaskCompletionSource Released)> _refreshListeners = [];
    private readonly ITimer _refreshTimer;
    private readonly bool _refreshOnEveryWrite;

    /// <summary>Null only when writes are searchable at once and the view is rebuilt on the next read.</summary>
    private volatile SearchView? _searchView = SearchView.Empty;
    private bool _changedSinceRefresh;
    private long _refreshedSeqNo = -1;

    /// <summary>The documents searches, counts, aggregations and update-by-query scrolls see: the last refresh's.</summary>
    public SearchView Searchable()
    {
        if (_searchView is { } view)
        {
            return view;
        }

        lock (_gate)
        {
            return _searchView ??= new SearchView(LiveDocuments());
        }
    }

    /// <summary>Makes every write so far searchable (nothing to do when nothing changed).</summary>
    public void Refresh()
    {
        // One refresh at a time, so views are published in the order they were taken.
        lock (_refreshGate)
        {
            StoredDocument[] documents;
            bool reordered;
            long upTo;
            lock (_gate)
            {
                if (!_changedSinceRefresh)
                {
                    return;
                }

                documents = [.. _docs.Values];
                reordered = _reordered;
                upTo = _nextSeqNo - 1;
                _changedSinceRefresh = false;
            }

            // Sorting back into index order (after deletes) happens outside the write lock.
            if (reordered)
            {
                Array.Sort(documents, static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
            }

            _searchView = new SearchView(documents);
            Released(upTo);
        }
    }

    /// <summary>
    /// <c>refresh=wait_for</c>: completes once a refresh made the write with <paramref name="seqNo"/> searchable. When
    /// <c>index.max_refresh_listeners</c> requests already wait, it forces a refresh instead, as OpenSearch does.
    /// </summary>
    /// <returns>Whether this request forced the refresh (<c>forced_refresh</c> in its response).</returns>
    public async Task<bool> WaitForRefreshAsync(long seqNo, CancellationToken cancellationToken)
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool listening;
        lock (_gate)
        {
            if (seqNo <= _refreshedSeqNo || _deleted)
            {
                return false;
            }

            listening = _refreshListeners.Count < _settings.MaxRefreshListeners;
            if (listening)
            {
                _refreshListeners.Add((seqNo, released));
            }
        }

        if (!listening)
        {
            Refresh();
            return true;
        }

        try
        {
            await released.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                _refreshListeners.RemoveAll(l => l.Released == released);
            }

            throw;
        }

        return false;
    }

    /// <summary>Called under the index lock by every committed write.</summary>
    private void Changed(long seqNo)
    {
        if (_refreshOnEveryWrite)
        {
            // Searchable at once: the next read builds the view.
            _searchView = null;
            _refreshedSeqNo = seqNo;
            return;
        }

        _changedSinceRefresh = true;
    }

    /// <summary>The live documents in index order (a real-time copy, for the every-write view and snapshots).</summary>
    private StoredDocument[] LiveDocuments()
    {
        StoredDocument[] documents = [.. _docs.Values];
        if (_reordered)
        {
            Array.Sort(documents, static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
        }

        return documents;
    }

    private void Released(long upTo)
    {
        List<TaskCompletionSource> released;
        lock (_gate)
        {
            _refreshedSeqNo = Math.Max(_refreshedSeqNo, upTo);
            released = [.. _refreshListeners.Where(l => l.SeqNo <= upTo).Select(l => l.Released)];
            _refreshListeners.RemoveAll(l => l.SeqNo <= upTo);
        }

        foreach (var listener in released)
        {
            listener.TrySetResult();
        }
    }

    private void ScheduleRefreshes(TimeSpan interval)
    {
        var period = interval > TimeSpan.Zero && !_refreshOnEveryWrite ? interval : Timeout.InfiniteTimeSpan;
        _refreshTimer.Change(period, period);
    }

    private void ScheduledRefresh()
    {
        if (!_deleted)
        {
            Refresh();
        }
    }

    /// <summary>Stops the refresh timer and releases waiting requests (the index is deleted or the node stops).</summary>
    public void Close()
    {
        _refreshTimer.Dispose();
        List<TaskCompletionSource> waiting;
        lock (_gate)
        {
            waiting = [.. _refreshListeners.Select(l => l.Released)];
            _refreshListeners.Clear();
        }

        foreach (var listener in waiting)
        {
            listener.TrySetResult();
        }
    }
}
