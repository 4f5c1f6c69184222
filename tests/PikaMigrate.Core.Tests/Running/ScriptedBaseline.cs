using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Tests.Running;

internal sealed class ScriptedBaseline(List<string> journal) : IStoreBaseline
{
    public string Name => "DynamoDB table chat-session-test";

    public string Digest { get; set; } = "3:00000000000000000000000000000abc";

    public Task<StoreDigest> ComputeAsync(IStepReporter reporter, CancellationToken cancellationToken)
    {
        journal.Add("digest");
        return Task.FromResult(new StoreDigest("DynamoDB", "chat-session-test", Digest, ["user_type"]));
    }
}
