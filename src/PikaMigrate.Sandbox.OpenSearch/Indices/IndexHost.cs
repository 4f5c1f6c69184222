using PikaMigrate.Sandbox.OpenSearch.Persistence;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>What an index takes from the node it lives on: where changes are logged, the clock its refresh timer runs on, and the refresh mode.</summary>
/// <param name="RefreshOnEveryWrite">Every write is searchable at once (an engine option for tests of other things); OpenSearch's near-real-time refresh otherwise.</param>
internal sealed record IndexHost(IOperationLog? Log, TimeProvider Time, bool RefreshOnEveryWrite);
