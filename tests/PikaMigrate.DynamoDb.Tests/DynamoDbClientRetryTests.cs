using PikaMigrate.Testing.DynamoDb;
using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using PikaMigrate.Core;
using PikaMigrate.DynamoDb.Tests.Fixtures;
using PikaMigrate.Testing;

namespace PikaMigrate.DynamoDb.Tests;

/// <summary>
/// The operator's AWS_RETRY_MODE and AWS_MAX_ATTEMPTS (or the profile's retry_mode and max_attempts) are what the
/// client does, counted on the wire in front of DynamoDB Local, which answers every call with a server error here.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class DynamoDbClientRetryTests(DynamoDbLocalFixture dynamo)
{
    private static readonly AwsConfigFiles Files = AwsConfigFiles.Write(
        config: "[profile patient]\nregion = us-east-1\nretry_mode = adaptive\nmax_attempts = 2\n",
        credentials: "[patient]\naws_access_key_id = local\naws_secret_access_key = local\n");

    [Fact]
    public async Task AWS_MAX_ATTEMPTS_caps_the_attempts_per_request()
    {
        var traffic = FailingEverything();
        using var client = Client(traffic, new() { ["AWS_MAX_ATTEMPTS"] = "3" });

        await Assert.ThrowsAsync<InternalServerErrorException>(() => client.DescribeTableAsync("chat-session-retry-test"));

        Assert.Equal(3, traffic.Count("DescribeTable"));
        Assert.Equal(RequestRetryMode.Standard, client.Config.RetryMode);
    }

    [Fact]
    public async Task The_profiles_retry_settings_apply_when_no_variable_sets_them()
    {
        var traffic = FailingEverything();
        using var client = Client(traffic, new(Files.Variables) { ["AWS_PROFILE"] = "patient" });

        await Assert.ThrowsAsync<InternalServerErrorException>(() => client.DescribeTableAsync("chat-session-retry-test"));

        Assert.Equal(2, traffic.Count("DescribeTable"));
        Assert.Equal(RequestRetryMode.Adaptive, client.Config.RetryMode);
    }

    [Fact]
    public void The_variables_win_over_the_profile()
    {
        using var client = Client(new DynamoDbTraffic(), new(Files.Variables) { ["AWS_PROFILE"] = "patient", ["AWS_RETRY_MODE"] = "standard", ["AWS_MAX_ATTEMPTS"] = "5" });

        Assert.Equal(RequestRetryMode.Standard, client.Config.RetryMode);
        Assert.Equal(4, client.Config.MaxErrorRetry);
    }

    [Theory]
    [InlineData("AWS_RETRY_MODE", "fast")]
    [InlineData("AWS_MAX_ATTEMPTS", "0")]
    [InlineData("AWS_MAX_ATTEMPTS", "many")]
    public void A_malformed_setting_is_refused_naming_it_without_echoing_it(string variable, string value)
    {
        var refused = Assert.Throws<PreflightException>(() => Client(new DynamoDbTraffic(), new() { [variable] = value }));

        Assert.Contains($"({variable})", refused.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(value, refused.Problem, StringComparison.Ordinal);
    }

    private static DynamoDbTraffic FailingEverything() => new()
    {
        Intercept = (_, _) => Task.FromResult<HttpResponseMessage?>(DynamoDbTraffic.Error("InternalServerError", "Internal server error", HttpStatusCode.InternalServerError)),
    };

    private IAmazonDynamoDB Client(DynamoDbTraffic traffic, Dictionary<string, string> variables)
    {
        var settings = dynamo.Settings("retry");
        var aws = new Dictionary<string, string>(settings.AwsVariables);
        foreach (var (name, value) in variables)
        {
            aws[name] = value;
        }

        return DynamoDbClientFactory.Create(settings with { AwsVariables = aws }, traffic.Factory);
    }
}
