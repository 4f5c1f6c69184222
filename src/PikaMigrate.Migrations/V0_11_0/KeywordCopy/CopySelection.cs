using System.Text.Json.Nodes;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>The documents a round of the copy visits: its query, and how many documents it matched when counted.</summary>
internal sealed record CopySelection(JsonObject Query, long Count);
