using PikaMigrate.Core.Migrations;

namespace PikaMigrate.OpenSearch.Steps;

/// <summary>The guide's Part A steps, as the ledger and the plans name them.</summary>
public static class StepInfos
{
    public static readonly StepInfo UpdateSessionMapping = new(
        "A1", "update-session-mapping", "Add the keyword twins to the session mapping", StoreKind.OpenSearch, "pika-migrate os update-session-mapping");

    public static readonly StepInfo CopyToKeywordFields = new(
        "A2", "copy-to-keyword-fields", "Copy invocation_mode, user_type and source into their keyword twins", StoreKind.OpenSearch, "pika-migrate os copy-to-keyword-fields");
}
