using System.Collections.Immutable;
using MetaFence.Core.Cloud;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Posture;

/// <summary>
/// Matches the cloud exports to the snapshot's nodes: EC2 instances by the instance id in
/// <c>spec.providerID</c> (or, for a node without one, by its private DNS name, which is the EKS
/// node name), GKE node pools by the <c>cloud.google.com/gke-nodepool</c> label, AKS agent pools by
/// the agentpool label (<see cref="AksPostureJoin"/>, only when an AKS export was given). A node no export
/// covers keeps <see cref="NodeCloud.Unknown"/> with a note saying why.
/// </summary>
public static class NodePostureJoin
{
    public static ClusterPosture Build(ClusterSnapshot snapshot, PostureInput input)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(input);
        var instances = input.Instances ?? [];
        var byId = instances.GroupBy(i => i.InstanceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byDns = instances.Where(i => !string.IsNullOrEmpty(i.PrivateDnsName))
            .GroupBy(i => i.PrivateDnsName!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pools = (input.NodePools ?? []).GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var nodes = new List<NodePosture>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in snapshot.Nodes)
        {
            var posture = Match(node, input, byId, byDns, pools);
            if (posture.Instance is { } id)
            {
                matched.Add(id);
            }

            nodes.Add(posture);
        }

        var grants = IdentityGrants.For(nodes, input);
        var notes = new List<string>();
        if (snapshot.Nodes.IsEmpty)
        {
            notes.Add("the input has no Node objects: posture cannot be joined to pods (add `kubectl get nodes -o yaml` to -f)");
        }

        var unmatched = instances.Count(i => !matched.Contains(i.InstanceId));
        if (unmatched > 0 && !snapshot.Nodes.IsEmpty)
        {
            notes.Add($"{unmatched} instance(s) in the EC2 export match no node of the input (not Kubernetes nodes, or nodes left out of -f)");
        }

        return new ClusterPosture { Nodes = [.. nodes], Hops = input.Hops, Grants = grants, Notes = [.. notes] };
    }

    private static NodePosture Match(NodeInfo node, PostureInput input, Dictionary<string, AwsInstance> byId,
        Dictionary<string, AwsInstance> byDns, Dictionary<string, GkeNodePool> pools)
    {
        var unknown = new NodePosture { NodeName = node.Name, Group = NodeGroups.Of(node), IsEksManagedNodeGroup = node.Labels.ContainsKey(NodeGroups.EksManaged) };
        if (input.AksClusters is { } aks && AksPostureJoin.IsAks(node))
        {
            return AksPostureJoin.Posture(unknown, node, aks);
        }

        if (node.Labels.TryGetValue(NodeGroups.GkePool, out var poolName) || node.ProviderId?.StartsWith("gce://", StringComparison.Ordinal) == true)
        {
            return input.NodePools is null ? unknown with { Notes = ["GKE node, but no --gcp-node-pools export was given"] }
                : poolName is not null && pools.TryGetValue(poolName, out var pool) ? GkePosture(unknown, pool, node)
                : unknown with { Notes = [$"node pool {poolName ?? "(no cloud.google.com/gke-nodepool label)"} is not in the GKE node pool export"] };
        }

        var id = AwsProviderId.InstanceId(node.ProviderId);
        if (input.Instances is null)
        {
            return id is null ? unknown with { Notes = [NoProviderId(node)] } : unknown with { Notes = ["EC2 node, but no --aws-instances export was given"] };
        }

        var instance = id is not null ? byId.GetValueOrDefault(id) : byDns.GetValueOrDefault(node.Name);
        return instance is not null ? AwsPosture(unknown, instance, input)
            : unknown with { Notes = [id is null ? NoProviderId(node) + " and no instance has its name as private DNS name" : $"instance {id} is not in the EC2 export"] };
    }

    private static string NoProviderId(NodeInfo node) => node.ProviderId is null
        ? "the node has no spec.providerID"
        : $"spec.providerID {node.ProviderId} names no EC2 instance or GKE node";

    private static NodePosture AwsPosture(NodePosture node, AwsInstance instance, PostureInput input)
    {
        var notes = new List<string>();
        var options = instance.MetadataOptions;
        if (options is null)
        {
            notes.Add($"instance {instance.InstanceId} has no MetadataOptions in the export: assumed the EC2 defaults (IMDSv1 allowed, hop limit 1)");
        }
        else if (string.Equals(options.State, "pending", StringComparison.OrdinalIgnoreCase))
        {
            notes.Add($"instance {instance.InstanceId}: a metadata options change is still pending");
        }

        // EC2 defaults when a field is absent: endpoint enabled, hop limit 1 (API_InstanceMetadataOptionsRequest).
        var imds = new ImdsSettings
        {
            Enabled = options?.EndpointDisabled != true,
            Tokens = options?.TokensRequired == true ? MetadataTokens.Required : MetadataTokens.Optional,
            HopLimit = options?.HttpPutResponseHopLimit ?? 1,
            Ipv6Enabled = options?.Ipv6Enabled == true,
            TagsEnabled = string.Equals(options?.InstanceMetadataTags, "enabled", StringComparison.OrdinalIgnoreCase),
        };
        return node with
        {
            Cloud = NodeCloud.Aws,
            Instance = instance.InstanceId,
            Region = AwsProviderId.RegionOf(instance.AvailabilityZone),
            Imds = imds,
            Identity = IdentityGrants.AwsIdentity(instance, input.Iam, notes),
            Notes = [.. notes],
        };
    }

    private static NodePosture GkePosture(NodePosture node, GkeNodePool pool, NodeInfo info) => node with
    {
        Cloud = NodeCloud.Gcp,
        Instance = info.Name,
        Group = pool.Name,
        GkeMode = pool.WorkloadMetadataMode,
        LegacyEndpointsEnabled = pool.DisableLegacyEndpoints == false,
        Identity = new NodeIdentity { Provider = "gcp", Name = pool.ServiceAccount, Scopes = pool.OAuthScopes },
    };
}
