using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Json;

/// <summary>Parses request bodies strictly, as OpenSearch does (duplicate keys are an error).</summary>
internal static class JsonBody
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 256 };

    public static JsonNode? Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return JsonNode.Parse(utf8, documentOptions: Strict);
        }
        catch (JsonException e)
        {
            throw RequestErrors.MalformedJson(e);
        }
    }

    /// <summary>The body as an object, or null when it is empty.</summary>
    public static JsonObject? ParseObject(ReadOnlyMemory<byte> utf8)
    {
        if (IsBlank(utf8.Span))
        {
            return null;
        }

        return Parse(utf8.Span) switch
        {
            JsonObject o => o,
            _ => throw RequestErrors.Parsing("request body or source parameter is required"),
        };
    }

    public static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
