using System.Text;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>Index name rules, checked in OpenSearch's order (MetadataCreateIndexService.validateIndexName).</summary>
internal static class IndexNames
{
    /// <summary>Strings.INVALID_FILENAME_CHARS as Java prints the set.</summary>
    private const string InvalidCharacters = "[ , \", *, \\, <, |, ,, >, /, ?]";

    public static void Validate(string name)
    {
        if (name.IndexOfAny(['\\', '/', '*', '?', '"', '<', '>', '|', ' ', ',']) >= 0)
        {
            throw IndexErrors.InvalidName(name, "must not contain the following characters " + InvalidCharacters);
        }

        if (name.Contains('#', StringComparison.Ordinal))
        {
            throw IndexErrors.InvalidName(name, "must not contain '#'");
        }

        if (name.Contains(':', StringComparison.Ordinal))
        {
            throw IndexErrors.InvalidName(name, "must not contain ':'");
        }

        if (name.Length > 0 && name[0] is '_' or '-' or '+')
        {
            throw IndexErrors.InvalidName(name, "must not start with '_', '-', or '+'");
        }

        var bytes = Encoding.UTF8.GetByteCount(name);
        if (bytes > 255)
        {
            throw IndexErrors.InvalidName(name, $"index name is too long, ({bytes} > 255)");
        }

        if (name is "." or "..")
        {
            throw IndexErrors.InvalidName(name, "must not be '.' or '..'");
        }

        if (!string.Equals(name.ToLowerInvariant(), name, StringComparison.Ordinal))
        {
            throw IndexErrors.InvalidName(name, "must be lowercase");
        }
    }
}
