using System.Text.Json.Serialization;

namespace PikaMigrate.Analytics;

[JsonConverter(typeof(JsonStringEnumConverter<AnalyticsWarningKind>))]
public enum AnalyticsWarningKind
{
    /// <summary>A keyword twin is not in the index's mapping: step A1 has not run.</summary>
    [JsonStringEnumMemberName("twin-not-mapped")]
    TwinNotMapped,

    /// <summary>A keyword twin is mapped with another type (typically text): no step can change it in place.</summary>
    [JsonStringEnumMemberName("twin-not-keyword")]
    TwinNotKeyword,

    /// <summary>Documents hold the source field but not its twin: step A2 has not reached them.</summary>
    [JsonStringEnumMemberName("twin-missing-on-documents")]
    TwinMissingOnDocuments,

    /// <summary>Documents have no user_type at all: step B1 has not reached them.</summary>
    [JsonStringEnumMemberName("user-type-missing")]
    UserTypeMissing,

    /// <summary>The entity attribute is not in the mapping: no session holds it.</summary>
    [JsonStringEnumMemberName("entity-attribute-not-mapped")]
    EntityAttributeNotMapped,
}
