using System.Text;
using System.Text.Json;
using PikaMigrate.Core.Digests;

namespace PikaMigrate.Core.Tests.Digests;

public sealed class CanonicalJsonTests
{
    [Theory]
    [InlineData("""{"c":0.00016,"n":6,"t":0.0024}""", """{"t":0.0024,"n":6.0,"c":1.6E-4}""")]
    [InlineData("""{"big":9007199254740993}""", """{"big":9007199254740993}""")]
    public void The_same_content_in_another_order_or_number_spelling_writes_the_same_bytes(string stored, string rewritten) =>
        Assert.Equal(Canonical(stored), Canonical(rewritten));

    [Fact]
    public void Different_numbers_stay_different() =>
        Assert.NotEqual(Canonical("""{"c":0.00016}"""), Canonical("""{"c":0.00017}"""));

    private static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            CanonicalJson.Write(writer, document.RootElement);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
