using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace PikaMigrate.Testing.OpenSearch;

/// <summary>Plain REST to an engine, for arranging or inspecting data the way Pika's own writers would; any error throws.</summary>
public static class EngineRequests
{
    /// <param name="refresh">False for a load of many bulks that refreshes once at its end.</param>
    public static async Task BulkAsync(HttpClient http, string ndjson, bool refresh = true)
    {
        using var content = new StringContent(ndjson, Encoding.UTF8, "application/x-ndjson");
        using var response = await http.PostAsync(new Uri(refresh ? "_bulk?refresh=true" : "_bulk", UriKind.Relative), content);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (!response.IsSuccessStatusCode || answer?["errors"]?.GetValue<bool>() != false)
        {
            throw new InvalidOperationException($"Arranging test data failed: HTTP {(int)response.StatusCode} {answer?.ToJsonString()[..Math.Min(800, answer.ToJsonString().Length)]}");
        }
    }

    public static async Task<JsonNode?> SendAsync(HttpClient http, HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: HTTP {(int)response.StatusCode} {text}");
        }

        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
