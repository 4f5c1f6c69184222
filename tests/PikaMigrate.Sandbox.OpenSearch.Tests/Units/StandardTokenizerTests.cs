using PikaMigrate.Sandbox.OpenSearch.Analysis;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Units;

public sealed class StandardTokenizerTests
{
    [Theory]
    [InlineData("internal-user", "internal|user")]
    [InlineData("user@example.com", "user|example.com")]
    [InlineData("foo_bar", "foo_bar")]
    [InlineData("v1.2", "v1.2")]
    [InlineData("Wi-Fi", "wi|fi")]
    [InlineData("Hello, World! It's 1,000.5 items", "hello|world|it's|1,000.5|items")]
    [InlineData("chat-app-component", "chat|app|component")]
    [InlineData("日本語", "日|本|語")]
    [InlineData("  ", "")]
    public void Standard_analyzer_splits_like_lucene(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', Analyzers.Standard.Analyze(text)));
}
