using System.Net;
using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;

namespace PikaMigrate.OpenSearch.Http;

/// <summary>
/// Turns the failures that mean "this environment cannot run the step" — no answer from the host, credentials
/// or permissions refused, no such index — into a <see cref="PreflightException"/> that names the fix.
/// </summary>
public static class OpenSearchPreflight
{
    /// <summary>Runs a read made before any write, translating unreachable hosts and 401/403.</summary>
    public static async Task<T> GuardAsync<T>(OpenSearchClient client, Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (OpenSearchUnreachableException e)
        {
            throw new PreflightException(
                e.Message,
                $"Check {PikaSettingsReader.DomainEndpointVariable} (now {client.Endpoint}) and the network: a VPC domain is reachable only from inside its VPC (VPN, bastion or SSM tunnel).",
                e);
        }
        catch (OpenSearchException e) when (e.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new PreflightException(e.Message, AccessFix(e), e);
        }
    }

    /// <summary>Fails with a preflight error unless the index exists.</summary>
    public static async Task RequireIndexAsync(OpenSearchClient client, string index, CancellationToken cancellationToken)
    {
        if (!await GuardAsync(client, () => client.IndexExistsAsync(index, cancellationToken)).ConfigureAwait(false))
        {
            throw new PreflightException(
                $"The OpenSearch index '{index}' does not exist at {client.Endpoint}.",
                "Check PIKA_DOMAIN_ENDPOINT and --index. Pika creates the session index when it is deployed (or run `pnpm tsx tools/os/os-tools.ts create session` in services/pika).");
        }
    }

    private static string AccessFix(OpenSearchException e)
    {
        const string credentials = "check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN or AWS_PROFILE, that AWS_REGION is the domain's region, and --os-service (es for a managed domain, aoss for Serverless)";
        const string permissions = "allow these credentials on the domain: es:ESHttpHead, ESHttpGet, ESHttpPost and ESHttpPut in the domain's access policy and, with fine-grained access control, map the IAM role to an OpenSearch role that may read and write the session index and update its mapping (pika-migrate uses _mapping, _search, _count, _mget, _bulk, _update_by_query and _tasks)";
        var reason = e.Reason;
        if (reason.Contains("expired", StringComparison.OrdinalIgnoreCase))
        {
            return "The AWS credentials have expired: refresh them (e.g. `aws sso login`, or a new AWS_SESSION_TOKEN with its keys).";
        }

        if (reason.Contains("signature", StringComparison.OrdinalIgnoreCase) || reason.Contains("security token", StringComparison.OrdinalIgnoreCase) || reason.Contains("Credential should be scoped", StringComparison.OrdinalIgnoreCase))
        {
            return "The request signature was refused: " + credentials + ".";
        }

        if (reason.Contains("not authorized", StringComparison.OrdinalIgnoreCase) || reason.Contains("no permissions", StringComparison.OrdinalIgnoreCase))
        {
            return char.ToUpperInvariant(permissions[0]) + permissions[1..] + ".";
        }

        // A HEAD answer carries no body, so the cause cannot be told apart.
        return "Either the signature was refused (" + credentials + ") or the credentials lack permission (" + permissions + ").";
    }
}
