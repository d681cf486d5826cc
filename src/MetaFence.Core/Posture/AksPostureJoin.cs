using System.Collections.Immutable;
using MetaFence.Core.Cloud;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Posture;

/// <summary>
/// Joins AKS agent pools to nodes: AKS nodes carry the label <c>kubernetes.azure.com/agentpool</c>
/// (older clusters: <c>agentpool</c>) naming their pool, and a providerID of the form
/// <c>azure:///subscriptions/…/virtualMachineScaleSets/VMSS/virtualMachines/N</c>. The pool's
/// <c>podLinkLocalAccess</c> wins over the cluster's <c>networkProfile.podLinkLocalAccess</c>; unset
/// means <c>IMDS</c> (ContainerService API, PodLinkLocalAccess).
/// </summary>
internal static class AksPostureJoin
{
    public const string PoolLabel = "kubernetes.azure.com/agentpool";
    public const string LegacyPoolLabel = "agentpool";

    public static bool IsAks(NodeInfo node) =>
        node.Labels.ContainsKey(PoolLabel) || node.Labels.ContainsKey(LegacyPoolLabel)
        || node.ProviderId?.StartsWith("azure://", StringComparison.Ordinal) == true;

    public static NodePosture Posture(NodePosture unknown, NodeInfo node, ImmutableArray<AksCluster> clusters)
    {
        var poolName = node.Labels.TryGetValue(PoolLabel, out var pool1) ? pool1 : node.Labels.TryGetValue(LegacyPoolLabel, out var pool2) ? pool2 : null;
        if (poolName is null)
        {
            return unknown with { Notes = [$"AKS node without a {PoolLabel} label: its pool cannot be matched to the AKS export"] };
        }

        var matches = clusters.SelectMany(c => c.AgentPools.Where(p => p.Name == poolName).Select(p => (Cluster: c, Pool: p))).ToList();
        if (matches.Count == 0)
        {
            return unknown with { Group = poolName, Notes = [$"agent pool {poolName} is not in the AKS export"] };
        }

        var (cluster, pool) = matches[0];
        var notes = new List<string>();
        if (matches.Count > 1)
        {
            notes.Add($"agent pool {poolName} is in {matches.Count} clusters of the AKS export: {cluster.Name} was used");
        }

        var access = pool.PodLinkLocalAccess ?? cluster.PodLinkLocalAccess;
        NodeIdentity? identity = null;
        if ((cluster.KubeletResourceId ?? cluster.KubeletClientId) is { } name)
        {
            identity = new NodeIdentity { Provider = "azure", Name = name, Via = cluster.KubeletObjectId };
        }
        else
        {
            notes.Add($"cluster {cluster.Name} has no identityProfile.kubeletidentity: the identity IMDS hands out is unknown");
        }

        return unknown with
        {
            Cloud = NodeCloud.Azure,
            Instance = node.Name,
            Group = poolName,
            Cluster = cluster.Name,
            ResourceGroup = cluster.ResourceGroup,
            AksPodImdsBlocked = string.Equals(access, "None", StringComparison.OrdinalIgnoreCase),
            Identity = identity,
            Notes = [.. notes],
        };
    }
}
