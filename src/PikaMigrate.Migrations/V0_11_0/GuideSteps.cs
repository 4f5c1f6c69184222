using PikaMigrate.Migrations.V0_11_0.KeywordCopy;
using PikaMigrate.Migrations.V0_11_0.MappingUpdate;
using PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

namespace PikaMigrate.Migrations.V0_11_0;

/// <summary>The guide's three steps, one declaration each; their infos name them in the ledger, plans and messages.</summary>
internal static class GuideSteps
{
    public static readonly UpdateSessionMappingDefinition A1 = new();

    public static readonly BackfillSessionMetadataDefinition B1 = new();

    public static readonly CopyToKeywordFieldsDefinition A2 = new();
}
