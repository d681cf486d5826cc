namespace MetaFence.Core.Snapshot;

/// <summary>
/// The resource names <see cref="UnreadableResource.Resource"/> uses, plural and lower case as
/// <c>kubectl api-resources</c> prints them: core, <c>apps</c>, <c>networking.k8s.io</c> and
/// <c>policy.networking.k8s.io</c> without group, CRDs of other groups with it. Core compares
/// only the part before the first dot, so <c>globalnetworkpolicies.projectcalico.org</c> (the
/// Calico API server) counts as <see cref="CalicoGlobalNetworkPolicies"/> too.
/// </summary>
public static class UnreadableResources
{
    public const string NetworkPolicies = "networkpolicies";
    public const string Namespaces = "namespaces";
    public const string Pods = "pods";
    public const string Nodes = "nodes";
    public const string AdminNetworkPolicies = "adminnetworkpolicies";
    public const string BaselineAdminNetworkPolicies = "baselineadminnetworkpolicies";
    public const string ClusterNetworkPolicies = "clusternetworkpolicies";
    public const string CalicoGlobalNetworkPolicies = "globalnetworkpolicies.crd.projectcalico.org";
    public const string CalicoTiers = "tiers.crd.projectcalico.org";
    public const string CiliumClusterwideNetworkPolicies = "ciliumclusterwidenetworkpolicies.cilium.io";
    public const string CiliumNetworkPolicies = "ciliumnetworkpolicies.cilium.io";
    public const string DaemonSets = "daemonsets";
}
