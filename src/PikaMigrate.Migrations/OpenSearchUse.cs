namespace PikaMigrate.Migrations;

/// <summary>Whether a step (or a migration) works on the OpenSearch domain.</summary>
public enum OpenSearchUse
{
    None,

    /// <summary>Used when PIKA_DOMAIN_ENDPOINT is set, left alone otherwise (e.g. a mirror of what is written to DynamoDB).</summary>
    WhenConfigured,

    Required,
}
