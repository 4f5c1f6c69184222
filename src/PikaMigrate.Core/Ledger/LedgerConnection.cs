using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Locking;

namespace PikaMigrate.Core.Ledger;

/// <summary>One place holding the step records, the checkpoints and the lock (a DynamoDB table, or a file).</summary>
/// <param name="Description">Where it is, for messages, e.g. "DynamoDB table pika-migrations-my-project-prod".</param>
/// <param name="CheckpointListing">The same checkpoints, listed by prefix for status.</param>
public sealed record LedgerConnection(string Description, IMigrationLedger Ledger, ICheckpointStore Checkpoints, ICheckpointListing CheckpointListing, ILeaseLock Lock);
