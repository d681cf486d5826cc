using MetaFence.Core.Cloud;
using System.Collections.Immutable;

namespace MetaFence.Core.Posture;

/// <summary>
/// One node's metadata posture (DESIGN layer 2): what the cloud export says about its metadata
/// service and the identity it hands out. <see cref="Cloud"/> is <see cref="NodeCloud.Unknown"/>
/// when no export covers the node; <see cref="Notes"/> then says why.
/// </summary>
public sealed record NodePosture
{
    public required string NodeName { get; init; }

    public NodeCloud Cloud { get; init; }

    /// <summary>The EC2 instance id (AWS) or the instance name (GKE).</summary>
    public string? Instance { get; init; }

    /// <summary>The AWS region, from the provider id's zone, when known.</summary>
    public string? Region { get; init; }

    /// <summary>
    /// The node group the node belongs to: the EKS managed node group, the Karpenter node pool,
    /// the eksctl node group or the GKE node pool (from node labels); null when none is named.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>Whether the group is an EKS managed node group (label <c>eks.amazonaws.com/nodegroup</c>).</summary>
    public bool IsEksManagedNodeGroup { get; init; }

    /// <summary>AWS metadata options; null for other clouds and unknown nodes.</summary>
    public ImdsSettings? Imds { get; init; }

    /// <summary>GKE workload metadata mode; null for other clouds and unknown nodes.</summary>
    public GkeWorkloadMetadataMode? GkeMode { get; init; }

    /// <summary>
    /// AKS: pods without hostNetwork are kept from IMDS (<c>podLinkLocalAccess: None</c>, per pool or
    /// for the cluster); null for other clouds and unknown nodes.
    /// </summary>
    public bool? AksPodImdsBlocked { get; init; }

    /// <summary>AKS: the cluster the node's pool belongs to (for the fix command); null otherwise.</summary>
    public string? Cluster { get; init; }

    /// <summary>AKS: the cluster's resource group, when the export carries it; null otherwise.</summary>
    public string? ResourceGroup { get; init; }

    /// <summary>GKE: the legacy metadata endpoints (v0.1, v1beta1: no <c>Metadata-Flavor</c> header) are on.</summary>
    public bool LegacyEndpointsEnabled { get; init; }

    /// <summary>The identity the metadata service hands out; null when none (or unknown).</summary>
    public NodeIdentity? Identity { get; init; }

    /// <summary>What the join could not settle (no providerID, no instance, no profile …).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Nodes with the same key share settings and identity: findings and trace group them.</summary>
    public string GroupKey => $"{Cloud}|{Group}|{Identity?.Name}|{Imds}|{GkeMode}|{LegacyEndpointsEnabled}" + (AksPodImdsBlocked is { } blocked ? $"|{blocked}" : string.Empty);
}
