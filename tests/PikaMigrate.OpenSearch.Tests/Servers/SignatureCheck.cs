using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.OpenSearch.Tests.Servers;

/// <summary>
/// What AWS does on receipt, written independently of the client's signer: rebuilds the canonical request from the
/// request as it arrived (raw target, headers, body bytes), recomputes the signature with the secret, and says
/// what does not match (null when the signature is valid).
/// </summary>
public static partial class SignatureCheck
{
    public static string? Problem(ReceivedRequest request, string accessKey, string secretKey, string region, string service)
    {
        var authorization = request.Header("Authorization");
        if (authorization is null)
        {
            return "no Authorization header";
        }

        var match = AuthorizationPattern().Match(authorization);
        if (!match.Success)
        {
            return $"malformed Authorization: {authorization}";
        }

        var (date, signedHeaders, signature) = (match.Groups["date"].Value, match.Groups["headers"].Value.Split(';'), match.Groups["signature"].Value);
        if (match.Groups["key"].Value != accessKey || match.Groups["region"].Value != region || match.Groups["service"].Value != service)
        {
            return $"credential scope {match.Groups["key"].Value}/{match.Groups["region"].Value}/{match.Groups["service"].Value} is not {accessKey}/{region}/{service}";
        }

        var amzDate = request.Header("X-Amz-Date") ?? string.Empty;
        if (!amzDate.StartsWith(date, StringComparison.Ordinal)
            || !DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt)
            || (DateTimeOffset.UtcNow - signedAt).Duration() > TimeSpan.FromMinutes(5))
        {
            return $"X-Amz-Date '{amzDate}' is missing, malformed or too far from now";
        }

        foreach (var required in new[] { "host", "x-amz-date" }.Concat(request.Header("X-Amz-Security-Token") is null ? [] : ["x-amz-security-token"]))
        {
            if (!signedHeaders.Contains(required))
            {
                return $"{required} is not among the signed headers ({string.Join(';', signedHeaders)})";
            }
        }

        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(request.Body));
        if (request.Header("X-Amz-Content-SHA256") is { } declared && declared != bodyHash)
        {
            return $"X-Amz-Content-SHA256 {declared} is not the hash of the body received ({bodyHash})";
        }

        var canonical = string.Join('\n',
            request.Method,
            Encode(request.Path, "/"),
            string.Join('&', request.Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2))
                .Select(p => (Key: Encode(Uri.UnescapeDataString(p[0]), string.Empty), Value: Encode(Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty), string.Empty)))
                .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
                .Select(p => $"{p.Key}={p.Value}")),
            string.Concat(signedHeaders.Select(h => $"{h}:{Regex.Replace(request.Header(h)?.Trim() ?? string.Empty, " +", " ")}\n")),
            string.Join(';', signedHeaders),
            bodyHash);
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{date}/{region}/{service}/aws4_request\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = new[] { date, region, service, "aws4_request" }.Aggregate(Encoding.UTF8.GetBytes("AWS4" + secretKey), (k, part) => HMACSHA256.HashData(k, Encoding.UTF8.GetBytes(part)));
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        return expected == signature ? null : $"signature mismatch; the server's canonical request was:\n{canonical}";
    }

    private static string Encode(string value, string alsoKeep) =>
        string.Concat(Encoding.UTF8.GetBytes(value).Select(b => (char)b is var c && (char.IsAsciiLetterOrDigit(c) || "-_.~".Contains(c) || alsoKeep.Contains(c))
            ? c.ToString()
            : "%" + b.ToString("X2", CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, SignedHeaders=(?<headers>[a-z0-9;-]+), Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationPattern();
}
