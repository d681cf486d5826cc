using k8s.Models;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>One egress peer; exactly one field should be set (rule 49), none known fails closed (rule 51).</summary>
internal sealed record AdminPeerSpec
{
    public V1LabelSelector? Namespaces { get; init; }

    public NamespacedPodSpec? Pods { get; init; }

    public V1LabelSelector? Nodes { get; init; }

    public IList<string?>? Networks { get; init; }

    public IList<string?>? DomainNames { get; init; }
}
