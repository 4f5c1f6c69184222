namespace PikaMigrate.Migrations.V0_11_0.Twins;

/// <summary>
/// What to do when a twin already exists with a type other than keyword — typically text, because the 0.11
/// session-changed Lambda indexed documents before <c>update-session-mapping</c> ran and dynamic mapping typed the
/// new field. A field's type cannot change in place (PUT _mapping answers
/// <c>mapper [x] cannot be changed from type [text] to [keyword]</c>), a field's mapping cannot be removed even when
/// no document holds it, and <c>fielddata=true</c> on the text field would aggregate analysed tokens
/// (<c>internal-user</c> → <c>internal</c>, <c>user</c>), not values. What it breaks depends on how 0.11 reads the
/// twin: the analytics filters and aggregates on invocation_mode_keyword, filters on user_type_keyword, and never
/// reads source_keyword.
/// </summary>
public static class TwinMappingAdvice
{
    public static string Explain(KeywordTwin pair, string type, string index)
    {
        var effect = pair.Twin switch
        {
            "invocation_mode_keyword" => "Session Analytics aggregates on it (cost by mode), so on a text field the whole analytics query fails with the fielddata error.",
            "user_type_keyword" => $"Session Analytics filters it with terms (e.g. external-user), which on a text field match nothing, so the dashboard shows no sessions.",
            _ => $"0.11's Session Analytics never reads {pair.Twin}, so nothing breaks today; the mapping stays wrong until the index is reindexed.",
        };
        return $"{pair.Twin} is already mapped as {type} in '{index}' (usually the 0.11 Lambda indexed sessions before update-session-mapping ran). "
            + "A field's type cannot be changed in place and its mapping cannot be removed, even if no document holds it. "
            + effect
            + $" To recover: pause the session-changed stream (disable its Lambda event source mapping), create a new index with Pika 0.11's mapping (the three *_keyword fields as keyword), POST _reindex from '{index}' into it, "
            + $"delete '{index}' and add an alias '{index}' pointing at the new index (or re-create '{index}' with the right mapping and reindex back), resume the stream, then run `{GuideSteps.A2.Info.Command}`.";
    }
}
