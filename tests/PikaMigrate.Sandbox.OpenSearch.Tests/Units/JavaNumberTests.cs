using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Units;

public sealed class JavaNumberTests
{
    [Theory]
    [InlineData(6.0, "6.0")]
    [InlineData(-1.0, "-1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(1234567.0, "1234567.0")]
    [InlineData(12345678.0, "1.2345678E7")]
    [InlineData(1.5e300, "1.5E300")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    public void Doubles_print_as_java_does(double value, string expected) => Assert.Equal(expected, JavaNumber.FormatDouble(value));
}
