using PikaMigrate.Testing.DynamoDb;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Migrations.Tests.V0_11_0;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;

/// <summary>
/// Kills an in-process run at its Nth DynamoDB request: that request still reaches DynamoDB (applied, never
/// acknowledged), every later request and checkpoint write fails, as after a SIGKILL.
/// </summary>
public sealed class KillSwitch(int atRequest)
{
    private int _requests;

    public bool Dead => Volatile.Read(ref _requests) >= atRequest;

    public void Attach(DynamoDbTraffic traffic) => traffic.Intercept = async (call, forward) =>
    {
        var n = Interlocked.Increment(ref _requests);
        if (n < atRequest)
        {
            return null;
        }

        if (n == atRequest)
        {
            await forward(call.Body);
        }

        throw new SimulatedKillException();
    };

    public ICheckpointStore Guard(ICheckpointStore store) => new GuardedStore(store, this);

    private sealed class GuardedStore(ICheckpointStore inner, KillSwitch kill) : ICheckpointStore
    {
        public Task<string?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public Task WriteAsync(string key, string value, CancellationToken cancellationToken) =>
            kill.Dead ? throw new SimulatedKillException() : inner.WriteAsync(key, value, cancellationToken);

        public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
            kill.Dead ? throw new SimulatedKillException() : inner.DeleteAsync(key, cancellationToken);
    }
}
