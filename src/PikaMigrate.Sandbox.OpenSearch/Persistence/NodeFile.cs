using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;

namespace PikaMigrate.Sandbox.OpenSearch.Persistence;

/// <summary><c>node.json</c>: the node and cluster ids survive restarts, as a real node's do.</summary>
internal static class NodeFile
{
    private const string FileName = "node.json";

    public static NodeIdentity ReadOrCreate(string directory, string nodeName)
    {
        var path = Path.Combine(directory, FileName);
        if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject json
            && json["node_id"]?.GetValue<string>() is { } nodeId && json["cluster_uuid"]?.GetValue<string>() is { } clusterUuid)
        {
            return new NodeIdentity(nodeId, nodeName, clusterUuid);
        }

        var node = NodeIdentity.Create(nodeName);
        File.WriteAllText(path, new JsonObject { ["node_id"] = node.NodeId, ["cluster_uuid"] = node.ClusterUuid }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return node;
    }
}
