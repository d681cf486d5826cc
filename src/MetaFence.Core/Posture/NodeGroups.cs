using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Posture;

/// <summary>
/// The node group a node's labels name: EKS managed node groups label nodes
/// <c>eks.amazonaws.com/nodegroup</c>, Karpenter <c>karpenter.sh/nodepool</c>, eksctl
/// <c>alpha.eksctl.io/nodegroup-name</c>, GKE <c>cloud.google.com/gke-nodepool</c>.
/// </summary>
public static class NodeGroups
{
    public const string EksManaged = "eks.amazonaws.com/nodegroup";
    public const string Karpenter = "karpenter.sh/nodepool";
    public const string Eksctl = "alpha.eksctl.io/nodegroup-name";
    public const string GkePool = "cloud.google.com/gke-nodepool";

    public static string? Of(NodeInfo node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var label in new[] { EksManaged, Karpenter, Eksctl, GkePool })
        {
            if (node.Labels.TryGetValue(label, out var value) && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }
}
