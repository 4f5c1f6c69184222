using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;

namespace PikaMigrate.OpenSearch.Signing;

/// <summary>
/// AWS Signature Version 4 (header form), for one region and service (<c>es</c>, or <c>aoss</c> for Serverless).
/// Our own because the AWS SDK's signer works only on the SDK's internal request type; AWS's published test-suite
/// vectors pin it down (see the tests).
/// </summary>
public sealed class SigV4Signer(string region, string service)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public string Region { get; } = region;

    public string Service { get; } = service;

    /// <summary>Signs every header in <paramref name="request"/>, which must already hold host and x-amz-date.</summary>
    public SigV4Signature Sign(SigV4Request request, ImmutableCredentials credentials, DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var amzDate = utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = utc.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var scope = $"{date}/{Region}/{Service}/aws4_request";

        var (canonicalRequest, signedHeaders) = Canonicalize(request);
        var stringToSign = $"{Algorithm}\n{amzDate}\n{scope}\n{HexSha256(Encoding.UTF8.GetBytes(canonicalRequest))}";

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretKey), date);
        key = Hmac(key, Region);
        key = Hmac(key, Service);
        key = Hmac(key, "aws4_request");
        var signature = Convert.ToHexStringLower(Hmac(key, stringToSign));

        var authorization = $"{Algorithm} Credential={credentials.AccessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new SigV4Signature(canonicalRequest, stringToSign, signedHeaders, signature, authorization);
    }

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    private static (string CanonicalRequest, string SignedHeaders) Canonicalize(SigV4Request request)
    {
        var headers = request.Headers
            .GroupBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Value: string.Join(',', g.Select(h => CollapseSpaces(h.Value)))))
            .ToList();
        var signedHeaders = string.Join(';', headers.Select(h => h.Name));

        var builder = new StringBuilder();
        builder.Append(request.Method.ToUpperInvariant()).Append('\n');
        builder.Append(CanonicalPath(request.Path)).Append('\n');
        builder.Append(CanonicalQuery(request.Query)).Append('\n');
        foreach (var (name, value) in headers)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        builder.Append('\n').Append(signedHeaders).Append('\n').Append(request.PayloadHash);
        return (builder.ToString(), signedHeaders);
    }

    /// <summary>
    /// The path as sent, encoded once more: services other than S3 expect a wire path that is itself
    /// percent-encoded to be encoded again ("double encoding"), as botocore and the AWS SDKs do.
    /// </summary>
    private static string CanonicalPath(string path) => path.Length == 0 ? "/" : UriEncode(path, keepSlash: true);

    private static string CanonicalQuery(string query)
    {
        var text = query.StartsWith('?') ? query[1..] : query;
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var pairs = text.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part =>
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? part : part[..equals];
                var value = equals < 0 ? string.Empty : part[(equals + 1)..];
                return (Name: UriEncode(Uri.UnescapeDataString(name), keepSlash: false), Value: UriEncode(Uri.UnescapeDataString(value), keepSlash: false));
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(p => p.Name + "=" + p.Value));
    }

    /// <summary>RFC 3986 encoding as SigV4 defines it: unreserved characters stay, every other UTF-8 byte becomes %XX.</summary>
    private static string UriEncode(string value, bool keepSlash)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Trims and turns each run of spaces into one, as the canonical header form requires.</summary>
    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (c is ' ' or '\t')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
