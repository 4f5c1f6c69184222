using System.Text.RegularExpressions;

namespace PikaMigrate.Analytics.Query;

/// <summary>
/// The entity attribute prints the values of <c>session_attributes.&lt;attr&gt;</c>, and session_attributes holds
/// the session token and the user's names and id, which pika-migrate masks everywhere else. So the attribute must
/// be a plain name, and neither one of those nor one whose words say secret or personal data.
/// </summary>
internal static partial class EntityAttributePolicy
{
    /// <summary>Words that mark a secret or personal data wherever they appear in the name.</summary>
    private static readonly HashSet<string> RefusedWords = new(StringComparer.Ordinal)
    {
        "token", "tokens", "secret", "secrets", "password", "passwd", "pwd", "passphrase", "credential", "credentials",
        "auth", "authorization", "cookie", "cookies", "jwt", "bearer", "signature", "otp", "pin", "salt", "hash",
        "key", "keys", "apikey", "ssn", "email", "mail", "phone", "mobile", "telephone", "address", "birthday",
        "birthdate", "dob", "passport", "iban", "cvv", "username", "login", "ip",
    };

    /// <summary>Words that, before <c>name</c>, make it a person's name.</summary>
    private static readonly HashSet<string> PersonNames = new(StringComparer.Ordinal)
    {
        "first", "last", "full", "given", "family", "middle", "user", "display", "nick", "real", "legal", "person",
    };

    /// <summary>Words that, before <c>id</c>, make it a person's or a session's identifier.</summary>
    private static readonly HashSet<string> PersonIds = new(StringComparer.Ordinal)
    {
        "user", "identity", "person", "session", "national", "tax", "social", "employee", "member",
    };

    /// <returns>The attribute name, when it may be shown.</returns>
    public static string Check(string attribute, string field)
    {
        if (!PlainName().IsMatch(attribute))
        {
            throw new AnalyticsRequestException(field, $"'{attribute}' is not an attribute name; it takes the name of one key of session_attributes (letters, digits, _ and -, up to 64), e.g. entity.");
        }

        var words = Words(attribute);
        if (Refused(words))
        {
            throw new AnalyticsRequestException(
                field,
                $"session_attributes.{attribute} may hold a secret or personal data (the session token, the user's names and id are masked everywhere in pika-migrate), so its values are never shown. "
                + "Give the attribute your entity feature names (Pika's default is entity), e.g. an account or company id.");
        }

        return attribute;
    }

    /// <summary>Lower-case words of snake_case, kebab-case and camelCase names: <c>userID</c> → user, id.</summary>
    internal static IReadOnlyList<string> Words(string name) =>
        [.. WordBreak().Split(name).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant())];

    private static bool Refused(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var before = i > 0 ? words[i - 1] : null;
            if (RefusedWords.Contains(word)
                || (word == "name" && (words.Count == 1 || (before is not null && PersonNames.Contains(before))))
                || (word == "id" && before is not null && PersonIds.Contains(before))
                || word is "userid" or "firstname" or "lastname" or "fullname" or "sessionid")
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex PlainName();

    [GeneratedRegex("[_-]|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])")]
    private static partial Regex WordBreak();
}
