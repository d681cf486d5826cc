using System.Collections.Frozen;

namespace MetaFence.Cli.Apply;

/// <summary>
/// A kind <c>generate</c> writes, with where the API serves it. <see cref="Crd"/> names the
/// CustomResourceDefinition (or aggregated API) a cluster needs for it, and <see cref="Instead"/> the
/// style to choose on a cluster without it.
/// </summary>
internal sealed record ApiResource(string Group, string Version, string Kind, string Plural, bool Namespaced, string? Crd = null, string? Instead = null)
{
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>kubectl's name for it: <c>networkpolicies.networking.k8s.io</c>, <c>configmaps</c>.</summary>
    public string Qualified => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    /// <summary>The group-version discovery path: <c>api/v1</c> or <c>apis/GROUP/VERSION</c>.</summary>
    public string GroupVersionPath => Group.Length == 0 ? $"api/{Version}" : $"apis/{Group}/{Version}";

    public string CollectionPath(string? ns) => Namespaced ? $"{GroupVersionPath}/namespaces/{ns}/{Plural}" : $"{GroupVersionPath}/{Plural}";

    public string ObjectPath(string? ns, string name) => $"{CollectionPath(ns)}/{name}";

    private const string NetworkPolicyApi = "sigs.k8s.io/network-policy-api";

    /// <summary>Every kind <c>generate</c> writes, by <c>apiVersion/kind</c>.</summary>
    public static readonly FrozenDictionary<string, ApiResource> Known = new ApiResource[]
    {
        new("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true),
        new("", "v1", "Namespace", "namespaces", false),
        new("", "v1", "ConfigMap", "configmaps", true),
        new("apps", "v1", "DaemonSet", "daemonsets", true),
        new("policy.networking.k8s.io", "v1alpha2", "ClusterNetworkPolicy", "clusternetworkpolicies", false,
            $"clusternetworkpolicies.policy.networking.k8s.io ({NetworkPolicyApi} v0.2)", "--api v1alpha1 if the cluster has the v1alpha1 CRDs, or --style networkpolicy"),
        new("policy.networking.k8s.io", "v1alpha1", "AdminNetworkPolicy", "adminnetworkpolicies", false,
            $"adminnetworkpolicies.policy.networking.k8s.io ({NetworkPolicyApi} v0.1)", "--api v1alpha2 if the cluster has ClusterNetworkPolicy, or --style networkpolicy"),
        new("policy.networking.k8s.io", "v1alpha1", "BaselineAdminNetworkPolicy", "baselineadminnetworkpolicies", false,
            $"baselineadminnetworkpolicies.policy.networking.k8s.io ({NetworkPolicyApi} v0.1)", "--api v1alpha2 if the cluster has ClusterNetworkPolicy, or --style networkpolicy"),
        new("projectcalico.org", "v3", "Tier", "tiers", false,
            "the Calico API server (projectcalico.org/v3, Calico 3.26+)", "--style networkpolicy, or install the Calico API server"),
        new("projectcalico.org", "v3", "GlobalNetworkPolicy", "globalnetworkpolicies", false,
            "the Calico API server (projectcalico.org/v3, Calico 3.26+)", "--style networkpolicy, or install the Calico API server"),
        new("cilium.io", "v2", "CiliumClusterwideNetworkPolicy", "ciliumclusterwidenetworkpolicies", false,
            "ciliumclusterwidenetworkpolicies.cilium.io (Cilium)", "--style networkpolicy (Cilium is not this cluster's CNI)"),
    }.ToFrozenDictionary(r => $"{r.ApiVersion}/{r.Kind}", StringComparer.Ordinal);
}
