namespace PikaMigrate.Core.Migrations;

public enum StoreKind
{
    DynamoDb,
    OpenSearch,
}
