using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Cli.Tests.Live;

/// <summary>The example cluster on the API double, and reports compared without where objects were read.</summary>
internal static partial class LiveExample
{
    /// <summary>The README's example cluster, served by the API double with the policy API's CRDs.</summary>
    public static async Task<FakeApiServer> StartAsync(string examples)
    {
        var server = await FakeApiServer.StartAsync();
        server.Cluster.AddCustomResourceDefinition("policy.networking.k8s.io", "v1alpha1", "AdminNetworkPolicy", "adminnetworkpolicies", namespaced: false);
        server.Cluster.AddCustomResourceDefinition("policy.networking.k8s.io", "v1alpha1", "BaselineAdminNetworkPolicy", "baselineadminnetworkpolicies", namespaced: false);
        server.Cluster.AddCustomResourceDefinition("policy.networking.k8s.io", "v1alpha2", "ClusterNetworkPolicy", "clusternetworkpolicies", namespaced: false);
        foreach (var file in Directory.GetFiles(examples, "*.yaml").Order(StringComparer.Ordinal))
        {
            server.Cluster.Add(await File.ReadAllTextAsync(file));
        }

        return server;
    }

    /// <summary>
    /// The JSON report without <c>location</c> objects and list positions (<c>items[4].</c>) in
    /// messages: where an object was read differs between a file and a cluster by design.
    /// </summary>
    public static string WithoutLocations(string json)
    {
        var node = JsonNode.Parse(json) ?? throw new InvalidOperationException("empty report");
        Strip(node);
        return ItemPosition().Replace(node.ToJsonString(), "");
    }

    [GeneratedRegex(@"items\[\d+\]\.?")]
    private static partial Regex ItemPosition();

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("location");
                foreach (var (_, child) in obj)
                {
                    Strip(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Strip(child);
                }

                break;
        }
    }
}
