using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// GKE: the GKE metadata server (<c>--workload-metadata=GKE_METADATA</c>) answers pods in place of
/// the Compute Engine metadata server and never hands out the node's service account; node pools
/// come from the nodes' <c>cloud.google.com/gke-nodepool</c> label, the project from <c>gce://</c> provider ids.
/// </summary>
internal static class GcpHardening
{
    public const string NodePoolDocs = "https://cloud.google.com/sdk/gcloud/reference/container/node-pools/update";
    public const string WorkloadIdentityDocs = "https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity";
    public const string PoolLabel = "cloud.google.com/gke-nodepool";

    public static CloudSection Section(IEnumerable<NodeInfo> nodes)
    {
        var list = nodes.ToList();
        var pools = list.Select(n => n.Labels.TryGetValue(PoolLabel, out var pool) ? pool : null).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var project = list.Select(n => n.ProviderId).OfType<string>()
            .Where(p => p.StartsWith("gce://", StringComparison.Ordinal))
            .Select(p => p["gce://".Length..].Split('/')[0]).FirstOrDefault(p => p.Length > 0) ?? "PROJECT_ID";
        var poolCommands = (pools.Count == 0 ? ["POOL"] : pools)
            .Select(pool => $"gcloud container node-pools update {pool} --cluster=CLUSTER --location=LOCATION --workload-metadata=GKE_METADATA")
            .ToArray();
        return new CloudSection("GCP (GKE): the GKE metadata server on every node pool", [NodePoolDocs, WorkloadIdentityDocs],
        [
            CloudBlock.Text(
                "Workload Identity Federation must be on for the cluster before a node pool can use the GKE metadata server;",
                "updating a node pool recreates its nodes. Host-network pods still reach the Compute Engine metadata server."),
            CloudBlock.Code("sh",
                [$"gcloud container clusters update CLUSTER --location=LOCATION --workload-pool={project}.svc.id.goog", .. poolCommands]),
            CloudBlock.Text("Terraform, in the node_config of each google_container_node_pool:"),
            CloudBlock.Code("hcl", "workload_metadata_config {", "  mode = \"GKE_METADATA\"", "}"),
        ]);
    }
}
