using System.Collections.Immutable;
using MetaFence.Core.Audit;
using MetaFence.Core.Posture;
using MetaFence.Core.Rules;

namespace MetaFence.Core.Trace;

/// <summary>
/// The fixes that cut a path, cheapest first (<see cref="FixKind"/> order): the namespace fence for
/// pod-network subjects outside system namespaces (DESIGN: fencing kube-system breaks cloud
/// integrations), the node settings for pod-network subjects, hostNetwork off for host-network
/// workloads (no policy or hop limit stops them, SEMANTICS 36), then narrowing the identity, which
/// cuts every path through it but may break what the node needs.
/// </summary>
internal static class TraceFixes
{
    public static ImmutableArray<TraceFix> For(AuditSubject subject, IReadOnlyList<NodePosture> group, IdentityGrant? grant)
    {
        var fixes = new List<TraceFix>();
        var system = FixPlanner.SystemNamespaces.Contains(subject.Namespace);
        var node = group[0];
        if (!subject.HostNetwork)
        {
            if (!system)
            {
                fixes.Add(new(FixKind.NamespaceFence, $"apply the metafence fence to namespace {subject.Namespace}",
                    $"metafence generate -f CLUSTER -n {subject.Namespace}   # writes and proves the NetworkPolicy {Remediation.PolicyName}; needs a CNI that enforces NetworkPolicy")
                { Scope = $"fence|{subject.Namespace}" });
            }

            fixes.Add(node.Cloud == NodeCloud.Azure
                ? new(FixKind.NodeSettings, $"enable the IMDS restriction on cluster {node.Cluster ?? "CLUSTER"}", NodeFixes.AksImds(node.Cluster ?? "CLUSTER", node.ResourceGroup)) { Scope = $"node|{node.GroupKey}" }
                : node.Cloud == NodeCloud.Gcp
                ? new(FixKind.NodeSettings, $"set --workload-metadata=GKE_METADATA on node pool {node.Group ?? "POOL"}", NodeFixes.GkeMetadata(node.Group ?? "POOL")) { Scope = $"node|{node.GroupKey}" }
                : new(FixKind.NodeSettings, $"require IMDSv2 and set hop limit 1 on {NodeFixes.Describe(group)}", NodeFixes.AwsImds(group)) { Scope = $"node|{node.GroupKey}" });
        }
        else if (!system)
        {
            fixes.Add(new(FixKind.RemoveHostNetwork, $"set hostNetwork: false on {subject.Object}",
                $"remove `hostNetwork: true` from {subject.Object}, then keep it off: kubectl label namespace {subject.Namespace} pod-security.kubernetes.io/enforce=baseline")
            { Scope = $"host|{subject.Object}" });
        }

        if (grant is { Known: true, Identity.Provider: "gcp" } && grant.Dangerous.Any())
        {
            fixes.Add(new(FixKind.NarrowIdentity, $"replace service account {grant.Identity.ShortName} with a least-privilege one", NodeFixes.GcpServiceAccount(grant.Identity.Name))
            { Scope = $"identity|{grant.Identity.Name}" });
        }
        else if (grant is { Known: true } && grant.Dangerous.Where(c => !c.GrantedBy.All(NodeNeeds)).ToList() is { Count: > 0 } dangerous)
        {
            var actions = dangerous.SelectMany(c => c.Actions).Distinct(StringComparer.Ordinal).Take(4).ToList();
            var by = dangerous.SelectMany(c => c.GrantedBy).Where(g => !NodeNeeds(g)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(4);
            fixes.Add(new(FixKind.NarrowIdentity, $"remove {string.Join(", ", actions)} from role {grant.Identity.ShortName}",
                $"granted by: {string.Join("; ", by)}. Keep the node role to what the node needs (AmazonEKSWorkerNodePolicy, AmazonEC2ContainerRegistryReadOnly) "
                + "and give pods that need AWS access their own role (IRSA or EKS Pod Identity).")
            { Scope = $"identity|{grant.Identity.Name}" });
        }

        if (subject.HostNetwork && system)
        {
            fixes.Add(new(FixKind.NodeFirewall, $"drop {subject.Object}'s metadata traffic with a host firewall rule",
                "an iptables OUTPUT rule on the nodes matching the agent's UID or cgroup (metafence's node-firewall style filters forwarded pod traffic only, not host-network pods)")
            { Scope = $"firewall|{subject.Object}" });
        }

        return [.. fixes];
    }

    /// <summary>
    /// Statements of the AWS managed policies a node needs to work (EKS User Guide, "Amazon EKS node
    /// IAM role"): removing them breaks the node, so they are not offered as the fix.
    /// </summary>
    public static bool NodeNeeds(string grantedBy) =>
        NodePolicies.Any(p => grantedBy.StartsWith("arn:aws:iam::aws:policy/" + p + " ", StringComparison.Ordinal));

    private static readonly string[] NodePolicies =
        ["AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryReadOnly", "AmazonEC2ContainerRegistryPullOnly", "AmazonEKS_CNI_Policy", "AmazonEKSWorkerNodeMinimalPolicy"];
}
