using System.Text.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Persistence;

/// <summary>
/// Where committed changes go when the engine persists: each call appends one record, written while the
/// index's lock is held so the log's order is the order of the changes.
/// </summary>
internal interface IOperationLog
{
    void Append(Action<Utf8JsonWriter> record);

    /// <summary>Hands buffered records to the OS (called at the end of every request), so a killed process loses nothing.</summary>
    void Flush();

    /// <summary>Held in read mode around every change; the snapshotter takes it in write mode to see a consistent state.</summary>
    ReaderWriterLockSlim ChangeGate { get; }
}
