namespace MetaFence.Bench.Generation;

/// <summary>
/// What every replica of a workload shares: its template. Labels and annotations are sorted by key
/// (ordinal), as kubectl prints maps; <see cref="PodLabels"/> adds <c>pod-template-hash</c> for
/// ReplicaSets and their pods.
/// </summary>
internal sealed record PodShape(
    WorkloadPlan Workload,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    IReadOnlyList<KeyValuePair<string, string>> PodLabels,
    IReadOnlyList<KeyValuePair<string, string>> Annotations,
    IReadOnlyList<ContainerShape> Containers,
    IReadOnlyList<VolumeShape> Volumes,
    string ServiceAccount,
    string TemplateHash,
    int CreatedSecond,
    string DeploymentUid,
    string ReplicaSetUid)
{
    public string ReplicaSetName => $"{Workload.Name}-{TemplateHash}";
}
