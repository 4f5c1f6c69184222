using Amazon.Runtime;
using PikaMigrate.OpenSearch.Signing;

namespace PikaMigrate.OpenSearch.Tests.Signing;

/// <summary>
/// AWS's published Signature Version 4 test suite (aws-sig-v4-test-suite, as mirrored by bazelbuild/bazel under
/// third_party/aws-sig-v4-test-suite and by botocore): each case's request and the Authorization header AWS says
/// it must produce. Requests are given as they appear on the wire; the expected signatures are AWS's.
/// </summary>
public sealed class SigV4TestSuiteTests
{
    private const string AmzDate = "20150830T123600Z";
    private const string Host = "example.amazonaws.com";
    private const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private const string StsToken = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";

    private static readonly ImmutableCredentials Credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    private static readonly DateTimeOffset SignedAt = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);
    private static readonly SigV4Signer Signer = new("us-east-1", "service");

    public static TheoryData<string, string, string, string, string[], string, string> Cases => new()
    {
        // name, method, path, query, extra headers ("Name:value"), body, expected signature
        { "get-vanilla", "GET", "/", "", [], "", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31" },
        { "post-vanilla", "POST", "/", "", [], "", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b" },
        { "get-vanilla-query-order-key", "GET", "/", "Param1=value2&Param1=Value1", [], "", "eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1" },
        { "get-vanilla-query-order-value", "GET", "/", "Param1=value2&Param1=value1", [], "", "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694" },
        { "get-vanilla-query-unreserved", "GET", "/", "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", [], "", "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197" },
        { "get-vanilla-empty-query-key", "GET", "/", "Param1=value1", [], "", "a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb" },
        { "post-vanilla-empty-query-value", "POST", "/", "Param1=value1", [], "", "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11" },
        { "get-utf8", "GET", "/ሴ", "", [], "", "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85" },
        { "get-vanilla-utf8-query", "GET", "/", "ሴ=bar", [], "", "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04" },
        { "get-space", "GET", "/example space/", "", [], "", "652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741" },
        { "get-header-value-trim", "GET", "/", "", ["My-Header1: value1", "My-Header2: \"a   b   c\""], "", "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736" },
        { "get-header-key-duplicate", "GET", "/", "", ["My-Header1:value2", "My-Header1:value2", "My-Header1:value1"], "", "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea" },
        { "get-header-value-order", "GET", "/", "", ["My-Header1:value4", "My-Header1:value1", "My-Header1:value3", "My-Header1:value2"], "", "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01" },
        { "post-header-key-sort", "POST", "/", "", ["My-Header1:value1"], "", "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c" },
        { "post-header-value-case", "POST", "/", "", ["My-Header1:VALUE1"], "", "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d" },
        { "post-x-www-form-urlencoded", "POST", "/", "", ["Content-Type:application/x-www-form-urlencoded"], "Param1=value1", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a" },
        { "post-sts-header-before", "POST", "/", "", ["X-Amz-Security-Token:" + StsToken], "", "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Signs_like_the_published_vector(string name, string method, string path, string query, string[] extraHeaders, string body, string expected)
    {
        var signature = Signer.Sign(Request(method, path, query, extraHeaders, body), Credentials, SignedAt);

        Assert.True(expected == signature.Signature, $"{name}: got {signature.Signature}\n{signature.CanonicalRequest}");
        var signedHeaders = string.Join(';', new[] { "host", "x-amz-date" }.Concat(extraHeaders.Select(h => h.Split(':')[0].ToLowerInvariant())).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders={signedHeaders}, Signature={expected}",
            signature.Authorization);
    }

    [Fact]
    public void Builds_the_published_canonical_request_and_string_to_sign()
    {
        // get-vanilla-query-order-key.creq and .sts
        var signature = Signer.Sign(Request("GET", "/", "Param1=value2&Param1=Value1", [], ""), Credentials, SignedAt);

        Assert.Equal($"GET\n/\nParam1=Value1&Param1=value2\nhost:{Host}\nx-amz-date:{AmzDate}\n\nhost;x-amz-date\n{EmptyHash}", signature.CanonicalRequest);
        Assert.Equal("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n704b4cef673542d84cdff252633f065e8daeba5f168b77116f8b1bcaf3d38f89", signature.StringToSign);
    }

    [Fact]
    public void Hashes_the_body_as_the_published_canonical_request_does()
    {
        // post-x-www-form-urlencoded.creq ends with the body's hash.
        var signature = Signer.Sign(Request("POST", "/", "", ["Content-Type:application/x-www-form-urlencoded"], "Param1=value1"), Credentials, SignedAt);

        Assert.EndsWith("\ncontent-type;host;x-amz-date\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e", signature.CanonicalRequest, StringComparison.Ordinal);
    }

    private static SigV4Request Request(string method, string path, string query, string[] extraHeaders, string body)
    {
        var headers = new List<KeyValuePair<string, string>> { new("Host", Host), new("X-Amz-Date", AmzDate) };
        headers.AddRange(extraHeaders.Select(h => new KeyValuePair<string, string>(h[..h.IndexOf(':', StringComparison.Ordinal)], h[(h.IndexOf(':', StringComparison.Ordinal) + 1)..])));
        return new SigV4Request(method, path, query, headers, SigV4Signer.HexSha256(System.Text.Encoding.UTF8.GetBytes(body)));
    }
}
