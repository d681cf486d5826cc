using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Cloud;

/// <summary>
/// An AKS cluster from <c>az aks show -o json</c> (ManagedCluster,
/// https://learn.microsoft.com/en-us/rest/api/aks/managed-clusters/get): the kubelet identity a pod
/// gets from IMDS (<c>identityProfile.kubeletidentity</c>), workload identity, the network policy
/// engine and the agent pools. What the kubelet identity may do is in its Azure role assignments
/// (<c>az role assignment list --assignee OBJECT_ID --all -o json</c>), not in this export.
/// </summary>
public sealed record AksCluster
{
    public required string Name { get; init; }

    /// <summary><c>resourceGroup</c>, which <c>az aks show</c> adds (not in the REST body); null when absent.</summary>
    public string? ResourceGroup { get; init; }

    /// <summary><c>identityProfile.kubeletidentity.clientId</c>: the identity IMDS hands to pods on the nodes.</summary>
    public string? KubeletClientId { get; init; }

    public string? KubeletObjectId { get; init; }

    public string? KubeletResourceId { get; init; }

    /// <summary><c>securityProfile.workloadIdentity.enabled</c>.</summary>
    public bool? WorkloadIdentityEnabled { get; init; }

    /// <summary><c>oidcIssuerProfile.enabled</c>.</summary>
    public bool? OidcIssuerEnabled { get; init; }

    /// <summary><c>networkProfile.networkPolicy</c>: <c>azure</c>, <c>calico</c>, <c>cilium</c> or null (no NetworkPolicy enforcement).</summary>
    public string? NetworkPolicy { get; init; }

    public string? NetworkPlugin { get; init; }

    /// <summary>
    /// <c>networkProfile.podLinkLocalAccess</c> (preview API; what <c>az aks update --enable-imds-restriction</c>
    /// sets): <c>IMDS</c> or <c>None</c>; a pool's own value wins; null when the export does not carry it.
    /// </summary>
    public string? PodLinkLocalAccess { get; init; }

    public ImmutableArray<AksAgentPool> AgentPools { get; init; } = [];

    public SourceLocation? Location { get; init; }
}
