using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Cloud;

/// <summary>
/// A GKE node pool from <c>gcloud container node-pools describe|list --format=json</c>
/// (https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters.nodePools):
/// the node service account, its OAuth scopes and the workload metadata mode.
/// </summary>
public sealed record GkeNodePool
{
    public required string Name { get; init; }

    /// <summary><c>config.serviceAccount</c>; <c>default</c> (or absent) is the Compute Engine default service account.</summary>
    public string ServiceAccount { get; init; } = "default";

    public ImmutableArray<string> OAuthScopes { get; init; } = [];

    public GkeWorkloadMetadataMode WorkloadMetadataMode { get; init; }

    /// <summary>The mode as written (empty when unset).</summary>
    public string WorkloadMetadataModeText { get; init; } = "";

    /// <summary><c>config.metadata</c>: instance metadata keys.</summary>
    public ImmutableSortedDictionary<string, string> Metadata { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary><c>config.metadata["disable-legacy-endpoints"]</c> as a boolean; null when absent.</summary>
    public bool? DisableLegacyEndpoints { get; init; }

    public string? Version { get; init; }

    public SourceLocation? Location { get; init; }

    /// <summary>True when the node's own service account is the Compute Engine default one.</summary>
    public bool UsesDefaultServiceAccount =>
        ServiceAccount.Length == 0 || ServiceAccount == "default"
        || ServiceAccount.EndsWith("-compute@developer.gserviceaccount.com", StringComparison.Ordinal);
}
