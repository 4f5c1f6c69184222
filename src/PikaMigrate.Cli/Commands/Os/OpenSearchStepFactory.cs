using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Sessions;

namespace PikaMigrate.Cli.Commands.Os;

/// <summary>What the Part A commands share before building their step: a client proven to reach the domain, and the index's baseline.</summary>
internal static class OpenSearchStepFactory
{
    /// <summary>Connects (unreachable host, refused credentials: preflight errors) and registers the index's additive-only baseline.</summary>
    public static async Task<OpenSearchClient> ConnectAsync(StepCommandContext context, CancellationToken cancellationToken)
    {
        var client = context.Track(await OpenSearchClientFactory.ConnectAsync(context.Settings, cancellationToken).ConfigureAwait(false));
        context.Baselines.Add(new SessionIndexDigest(client, context.Settings.SessionIndex));
        return client;
    }
}
