using System.Net;
using System.Text.RegularExpressions;
using PikaMigrate.Aws;
using PikaMigrate.Core.Configuration;
using PikaMigrate.OpenSearch.Signing;

namespace PikaMigrate.OpenSearch.Http;

/// <summary>
/// Builds the client from the settings: plain HTTP to a loopback address unsigned (the sandbox), anything else
/// HTTPS with SigV4 from the AWS SDK's credential chain. Handlers, outermost first: retry, sign, send.
/// </summary>
public static partial class OpenSearchClientFactory
{
    /// <summary>Throws <see cref="Core.PreflightException"/> for a missing or malformed endpoint, or http:// to another host.</summary>
    /// <param name="transport">Tests hand in a handler to reach a test server; null uses a fresh socket handler.</param>
    public static OpenSearchClient Create(PikaSettings settings, OpenSearchClientOptions? options = null, HttpMessageHandler? transport = null)
    {
        var endpoint = OpenSearchEndpoint.Parse(settings.DomainEndpoint);
        options ??= new OpenSearchClientOptions();
        var handler = transport ?? new SocketsHttpHandler
        {
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        };
        if (!endpoint.IsLocalPlainHttp)
        {
            var aws = new AwsEnvironment(settings.AwsVariables);
            if (aws.ResolveRetry().MaxAttempts is { } attempts)
            {
                // AWS_MAX_ATTEMPTS (or the profile's max_attempts) caps every request to an AWS endpoint, this one too.
                options = options with { MaxRetryAttempts = attempts - 1 };
            }

            var signer = new SigV4Signer(RegionOf(endpoint) ?? aws.ResolveRegion().SystemName, settings.OpenSearchService);
            handler = new SigV4SigningHandler(signer, aws.ResolveCredentials(), options.Clock) { InnerHandler = handler };
        }

        var http = new HttpClient(new RetryHandler(options) { InnerHandler = handler })
        {
            BaseAddress = endpoint.BaseAddress,
            // Each attempt has its own timeout inside the retry handler; the whole call may take longer.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new OpenSearchClient(http, endpoint, options);
    }

    /// <summary>
    /// Creates the client and proves it can talk to the domain (a HEAD on the session index), so an unreachable
    /// host or refused credentials stop the run as a preflight error before anything is written.
    /// </summary>
    public static async Task<OpenSearchClient> ConnectAsync(PikaSettings settings, CancellationToken cancellationToken)
    {
        var client = Create(settings);
        try
        {
            await OpenSearchPreflight.GuardAsync(client, () => client.IndexExistsAsync(settings.SessionIndex, cancellationToken)).ConfigureAwait(false);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The region an AWS endpoint names (<c>search-x-abc.us-east-1.es.amazonaws.com</c>): a signature scoped to any
    /// other region is refused, so the host wins over AWS_REGION.
    /// </summary>
    internal static string? RegionOf(OpenSearchEndpoint endpoint)
    {
        var match = AwsHost().Match(endpoint.BaseAddress.Host);
        return match.Success ? match.Groups["region"].Value : null;
    }

    [GeneratedRegex(@"\.(?<region>[a-z]{2}(-[a-z]+)+-\d+)\.(es|aoss)\.amazonaws\.com$", RegexOptions.CultureInvariant)]
    private static partial Regex AwsHost();
}
