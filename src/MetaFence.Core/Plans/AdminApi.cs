namespace MetaFence.Core.Plans;

/// <summary><c>--api</c>: which cluster-wide policy API the admin and baseline styles write (SEMANTICS 43–52).</summary>
public enum AdminApi
{
    /// <summary><c>policy.networking.k8s.io/v1alpha2</c> ClusterNetworkPolicy (tiers Admin and Baseline, Accept/Deny/Pass).</summary>
    V1Alpha2,

    /// <summary><c>policy.networking.k8s.io/v1alpha1</c> AdminNetworkPolicy and BaselineAdminNetworkPolicy (Allow/Deny/Pass).</summary>
    V1Alpha1,
}
