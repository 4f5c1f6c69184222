using PikaMigrate.Analytics.Query;

namespace PikaMigrate.Analytics.Tests.Units;

public sealed class EntityAttributePolicyTests
{
    [Theory]
    [InlineData("entity")]
    [InlineData("accountId")]
    [InlineData("company_id")]
    [InlineData("chat_app_id")]
    [InlineData("tenant-name")]
    [InlineData("timezone")]
    public void Entity_like_attributes_are_allowed(string attribute) => Assert.Equal(attribute, EntityAttributePolicy.Check(attribute, "f"));

    [Theory]
    [InlineData("userID", "user,id")]
    [InlineData("first_name", "first,name")]
    [InlineData("APIKey", "api,key")]
    [InlineData("session-token2", "session,token,2")]
    public void Names_split_into_words_across_cases(string attribute, string words) =>
        Assert.Equal(words.Split(','), EntityAttributePolicy.Words(attribute));

    [Theory]
    [InlineData("name")]
    [InlineData("displayName")]
    [InlineData("sessionId")]
    [InlineData("ip_address")]
    [InlineData("Authorization")]
    public void Personal_and_secret_looking_names_are_refused(string attribute) =>
        Assert.Throws<AnalyticsRequestException>(() => EntityAttributePolicy.Check(attribute, "f"));
}
