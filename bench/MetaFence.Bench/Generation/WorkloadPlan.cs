namespace MetaFence.Bench.Generation;

/// <summary>
/// A Deployment (with its one ReplicaSet) and its pods, or a bare pod when <see cref="IsDeployment"/>
/// is false. Pods are numbered across the cluster from <see cref="FirstPod"/>.
/// </summary>
internal sealed record WorkloadPlan(int Index, NamespacePlan Namespace, string Name, string App, bool IsDeployment, int Replicas, int FirstPod)
{
    /// <summary>The CoreDNS Deployment in kube-system: the cluster's resolver (k8s-app=kube-dns).</summary>
    public bool IsDns => Namespace.IsSystem;
}
