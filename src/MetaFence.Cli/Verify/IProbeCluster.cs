using MetaFence.Core.Verify;

namespace MetaFence.Cli.Verify;

/// <summary>
/// What <c>verify</c> asks of the cluster for its probe pods. An unreachable or refusing cluster throws
/// <see cref="Sources.Live.ClusterUnreachableException"/>; a pod the server refuses (admission) throws
/// <see cref="Cluster.ClusterException"/>; a pod that does not exist is null or false, not an error.
/// </summary>
internal interface IProbeCluster
{
    Task CreatePodAsync(ProbePodPlan pod, CancellationToken cancellationToken);

    /// <summary>The pod's state, or null when it is gone.</summary>
    Task<PodState?> GetPodAsync(string ns, string name, CancellationToken cancellationToken);

    /// <summary>The container's log (stdout of the script).</summary>
    Task<string> ReadLogAsync(string ns, string name, CancellationToken cancellationToken);

    /// <summary>Deletes the pod at once (grace period 0); false when it was already gone.</summary>
    Task<bool> DeletePodAsync(string ns, string name, CancellationToken cancellationToken);

    /// <summary>Every pod in any namespace labelled <c>metafence.io/probe=RUNID</c>, as (namespace, name).</summary>
    Task<IReadOnlyList<(string Namespace, string Name)>> ListRunPodsAsync(string runId, CancellationToken cancellationToken);
}
