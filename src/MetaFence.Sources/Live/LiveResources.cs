using System.Collections.Immutable;

namespace MetaFence.Sources.Live;

/// <summary>
/// What the live reader lists: the built-in resources always, and each policy resource whose
/// API the cluster serves (discovery decides). The RBAC role in
/// <c>deploy/rbac/metafence-audit-readonly.yaml</c> grants get/list on exactly these (a test checks).
/// </summary>
public static class LiveResources
{
    private const string PolicyUnknown = "verdicts of pods this kind of policy could select are unknown";

    /// <summary>Listed on every cluster.</summary>
    public static ImmutableArray<LiveResource> BuiltIn { get; } =
    [
        new("", "v1", "namespaces", "Namespace", false, "namespace labels are unknown: policies that select namespaces by label cannot be decided"),
        new("", "v1", "pods", "Pod", true, "running pods are not seen: only workload templates are audited"),
        new("", "v1", "nodes", "Node", false, "node addresses and cloud posture are unknown"),
        new("apps", "v1", "deployments", "Deployment", true, "Deployment templates and pod owners are unknown"),
        new("apps", "v1", "statefulsets", "StatefulSet", true, "StatefulSet templates and pod owners are unknown"),
        new("apps", "v1", "daemonsets", "DaemonSet", true, "DaemonSet templates and pod owners are unknown"),
        new("apps", "v1", "replicasets", "ReplicaSet", true, "ReplicaSet templates and pod owners are unknown"),
        new("batch", "v1", "jobs", "Job", true, "Job templates and pod owners are unknown"),
        new("batch", "v1", "cronjobs", "CronJob", true, "CronJob templates are unknown"),
        new("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", true, "every verdict that depends on NetworkPolicy is unknown"),
    ];

    /// <summary>
    /// Listed when discovery shows them. Calico's <c>projectcalico.org/v3</c> (its API server) is
    /// preferred; without it the <c>crd.projectcalico.org/v1</c> storage CRDs are read instead.
    /// </summary>
    public static ImmutableArray<LiveResource> Optional { get; } =
    [
        new("policy.networking.k8s.io", "v1alpha1", "adminnetworkpolicies", "AdminNetworkPolicy", false, PolicyUnknown),
        new("policy.networking.k8s.io", "v1alpha1", "baselineadminnetworkpolicies", "BaselineAdminNetworkPolicy", false, PolicyUnknown),
        new("policy.networking.k8s.io", "v1alpha2", "clusternetworkpolicies", "ClusterNetworkPolicy", false, PolicyUnknown),
        new("projectcalico.org", "v3", "globalnetworkpolicies", "GlobalNetworkPolicy", false, PolicyUnknown),
        new("projectcalico.org", "v3", "networkpolicies", "NetworkPolicy", true, PolicyUnknown),
        new("projectcalico.org", "v3", "tiers", "Tier", false, "the order of Calico policy tiers is unknown"),
        new(CalicoCrdGroup, "v1", "globalnetworkpolicies", "GlobalNetworkPolicy", false, PolicyUnknown),
        new(CalicoCrdGroup, "v1", "networkpolicies", "NetworkPolicy", true, PolicyUnknown),
        new(CalicoCrdGroup, "v1", "tiers", "Tier", false, "the order of Calico policy tiers is unknown"),
        new("cilium.io", "v2", "ciliumclusterwidenetworkpolicies", "CiliumClusterwideNetworkPolicy", false, PolicyUnknown),
        new("cilium.io", "v2", "ciliumnetworkpolicies", "CiliumNetworkPolicy", true, PolicyUnknown),
    ];

    /// <summary>Every resource the reader may list (the RBAC role must cover them all).</summary>
    public static ImmutableArray<LiveResource> All { get; } = [.. BuiltIn, .. Optional];

    /// <summary>Calico's storage CRDs, read when its API server (<c>projectcalico.org/v3</c>) is absent.</summary>
    internal const string CalicoCrdGroup = "crd.projectcalico.org";
}
