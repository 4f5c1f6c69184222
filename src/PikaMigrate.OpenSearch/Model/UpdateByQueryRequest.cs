using System.Text.Json.Nodes;

namespace PikaMigrate.OpenSearch.Model;

/// <summary>
/// An <c>_update_by_query</c> started as a task. <c>query</c>, <c>script</c> and <c>conflicts</c> travel in the
/// body: AWS documents that SigV4-signed POSTs may lose URL parameters, and these have body forms. Only
/// <c>wait_for_completion</c>, <c>slices</c>, <c>scroll_size</c>, <c>refresh</c> and <c>requests_per_second</c> exist
/// solely as URL parameters.
/// </summary>
/// <param name="RequestsPerSecond">Throttles the task (documents per second over all slices); null for no limit.</param>
public sealed record UpdateByQueryRequest(
    JsonObject Query,
    string ScriptSource,
    JsonObject? ScriptParams = null,
    int ScrollSize = 1000,
    string Slices = "auto",
    bool Refresh = true,
    bool ProceedOnConflicts = true,
    double? RequestsPerSecond = null);
