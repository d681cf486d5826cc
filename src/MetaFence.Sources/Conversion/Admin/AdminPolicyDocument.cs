using k8s.Models;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>
/// The shape shared by AdminNetworkPolicy, BaselineAdminNetworkPolicy (v1alpha1) and
/// ClusterNetworkPolicy (v1alpha2), which have no client models: read with the same JSON
/// contract so a wrong type names its field like any other.
/// </summary>
internal sealed record AdminPolicyDocument
{
    public V1ObjectMeta? Metadata { get; init; }

    public AdminPolicySpec? Spec { get; init; }
}
