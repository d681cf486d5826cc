namespace MetaFence.Core.Plans;

/// <summary>
/// One <c>generate --style</c>: which layer of protection to write (DESIGN "The problem"), each with
/// its own planner and renderer.
/// </summary>
public enum FenceStyle
{
    /// <summary>One NetworkPolicy per target namespace (layer 1).</summary>
    NetworkPolicy,

    /// <summary>The same fence as a deny-all plus an allow-all-except NetworkPolicy pair (layer 1).</summary>
    TwoPolicy,

    /// <summary>Admin-tier ClusterNetworkPolicy, or v1alpha1 AdminNetworkPolicy (layer 1, cluster-wide).</summary>
    Admin,

    /// <summary>Baseline-tier ClusterNetworkPolicy, or the v1alpha1 BaselineAdminNetworkPolicy (layer 1, cluster-wide).</summary>
    Baseline,

    /// <summary>A Calico Tier and GlobalNetworkPolicy denying the blocked networks before any NetworkPolicy (layer 1, SEMANTICS K).</summary>
    Calico,

    /// <summary>CiliumClusterwideNetworkPolicies with <c>egressDeny</c> and no default deny (layer 1, SEMANTICS L).</summary>
    Cilium,

    /// <summary>A DaemonSet installing iptables/ip6tables rules that drop pod traffic forwarded to credential endpoints (layer 3).</summary>
    NodeFirewall,

    /// <summary>Pod Security Admission labels that forbid <c>hostNetwork</c> (layer 4).</summary>
    PodSecurity,

    /// <summary>Node-side cloud settings as commands and snippets (layer 2).</summary>
    Cloud,
}
