using k8s.Models;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>Pods selected by a namespace selector AND a pod selector.</summary>
internal sealed record NamespacedPodSpec
{
    public V1LabelSelector? NamespaceSelector { get; init; }

    public V1LabelSelector? PodSelector { get; init; }
}
