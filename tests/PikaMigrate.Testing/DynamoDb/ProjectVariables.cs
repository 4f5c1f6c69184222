namespace PikaMigrate.Testing.DynamoDb;

public static class ProjectVariables
{
    /// <summary>The guide's variables for a project of the test's own (stage <c>test</c>) on DynamoDB Local, with dummy credentials it accepts.</summary>
    public static Dictionary<string, string> Variables(this DynamoDbLocalFixture dynamo, string project) => new()
    {
        ["stage"] = "test",
        ["PIKA_SERVICE_PROJ_NAME_KEBAB_CASE"] = project,
        ["AWS_REGION"] = "us-east-1",
        ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamo.Endpoint.ToString(),
        ["AWS_ACCESS_KEY_ID"] = "local",
        ["AWS_SECRET_ACCESS_KEY"] = "local",
    };
}
