using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Tests;

/// <summary>
/// String concatenation must print doubles as Java's Double.toString does, and the engine prints OpenSearch's
/// numbers (sums, sort values, stored fields) with the same text.
/// </summary>
public sealed class JavaTextTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(100.0, "100.0")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(1234567.0, "1234567.0")]
    [InlineData(12345678.0, "1.2345678E7")]
    [InlineData(1e21, "1.0E21")]
    [InlineData(1.5e-10, "1.5E-10")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(double.MaxValue, "1.7976931348623157E308")]
    [InlineData(6.0, "6.0")]
    [InlineData(1.5e300, "1.5E300")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(112589990684262.89, "1.1258999068426289E14")]
    [InlineData(1801439850948198.5, "1.8014398509481985E15")]
    public void Doubles_print_like_java(double value, string expected)
    {
        Assert.Equal(expected, JavaText.FormatDouble(value));
    }

    [Theory]
    [InlineData(1.0f, "1.0")]
    [InlineData(1.1f, "1.1")]
    [InlineData(-0.0f, "-0.0")]
    [InlineData(1.12589991E14f, "1.1258999E14")]
    [InlineData(0.0001f, "1.0E-4")]
    [InlineData(float.NaN, "NaN")]
    public void Floats_print_like_java(float value, string expected)
    {
        Assert.Equal(expected, JavaText.FormatFloat(value));
    }

    [Fact]
    public void Values_print_like_string_value_of()
    {
        var map = new Dictionary<string, object?> { ["a"] = 1, ["b"] = new List<object?> { "x", 2.0, null }, ["c"] = 1.5f };
        Assert.Equal("{a=1, b=[x, 2.0, null], c=1.5}", JavaText.ToJavaString(map));
        Assert.Equal("{a=1.50, b=[x, true]}", JavaText.Of(System.Text.Json.Nodes.JsonNode.Parse("""{"a":1.50,"b":["x",true]}""")));
    }
}
