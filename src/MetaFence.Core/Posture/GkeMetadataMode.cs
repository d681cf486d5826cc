namespace MetaFence.Core.Posture;

/// <summary>
/// A GKE node pool's <c>config.workloadMetadataConfig.mode</c>. Source: GKE API reference
/// <c>WorkloadMetadataConfig.Mode</c> ("GCE_METADATA: expose all Compute Engine metadata to pods";
/// "GKE_METADATA: run the GKE Metadata Server on this node").
/// </summary>
public enum GkeMetadataMode
{
    /// <summary><c>MODE_UNSPECIFIED</c> or absent: pods see the Compute Engine metadata server.</summary>
    Unspecified,

    /// <summary><c>GCE_METADATA</c>: pods read the node's service account token.</summary>
    GceMetadata,

    /// <summary><c>GKE_METADATA</c>: the GKE metadata server answers pods with their Workload Identity only.</summary>
    GkeMetadata,
}
