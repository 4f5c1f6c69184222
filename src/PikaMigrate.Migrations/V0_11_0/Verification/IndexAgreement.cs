namespace PikaMigrate.Migrations.V0_11_0.Verification;

/// <summary>Whether the typed sessions' search documents hold the user_type DynamoDB holds.</summary>
/// <param name="Checked">Typed sessions compared (mock sessions have no document and are left out).</param>
/// <param name="OtherUserType">Sessions whose document holds another user_type.</param>
/// <param name="MissingDocuments">Sessions with no document.</param>
public sealed record IndexAgreement(long Checked, SessionFindings OtherUserType, long MissingDocuments);
