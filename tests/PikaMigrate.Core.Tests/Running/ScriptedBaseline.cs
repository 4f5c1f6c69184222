using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Tests.Running;

internal sealed class ScriptedBaseline(List<string> journal, ScriptedStore store) : IStoreBaseline
{
    public string Name => store.Identity.Store;

    public IStoreIdentityReader Identity => store;

    public string Digest { get; set; } = "3:00000000000000000000000000000abc";

    /// <summary>Records the application created after the cut-off the digest is asked for.</summary>
    public long CreatedSince { get; set; }

    public Task<StoreDigest> ComputeAsync(DateTimeOffset createdBefore, IStepReporter reporter, CancellationToken cancellationToken)
    {
        journal.Add("digest");
        return Task.FromResult(new StoreDigest("DynamoDB", store.Name, Digest, ["user_type"], CreatedSince));
    }
}
