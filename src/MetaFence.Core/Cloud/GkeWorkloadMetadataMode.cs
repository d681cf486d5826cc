namespace MetaFence.Core.Cloud;

/// <summary>
/// A node pool's <c>config.workloadMetadataConfig.mode</c>
/// (https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/NodeConfig#workloadmetadataconfig).
/// </summary>
public enum GkeWorkloadMetadataMode
{
    /// <summary>Not set (or <c>MODE_UNSPECIFIED</c>): the cluster's default applies (GKE_METADATA when Workload Identity is on).</summary>
    Unset,

    /// <summary><c>GKE_METADATA</c>: the GKE metadata server; pods never see the node's service account.</summary>
    GkeMetadata,

    /// <summary><c>GCE_METADATA</c>: pods reach the Compute Engine metadata server and the node's credentials.</summary>
    GceMetadata,

    /// <summary>The retired beta <c>nodeMetadata: SECURE</c> (metadata concealment).</summary>
    Secure,

    /// <summary>A value this version does not know.</summary>
    Unknown,
}
