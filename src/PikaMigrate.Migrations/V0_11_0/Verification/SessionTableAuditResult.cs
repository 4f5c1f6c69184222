namespace PikaMigrate.Migrations.V0_11_0.Verification;

/// <summary>What one full read of the chat-session table found.</summary>
/// <param name="Sessions">Items read.</param>
/// <param name="WithoutUserType">Items that still lack user_type.</param>
/// <param name="WithoutUserTypeCreatedSince">Of those, the ones created since the time the audit was given.</param>
/// <param name="Index">How the search documents compare, when an index was checked.</param>
public sealed record SessionTableAuditResult(long Sessions, SessionFindings WithoutUserType, long WithoutUserTypeCreatedSince, IndexAgreement? Index);
