using k8s.Models;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary><c>spec.subject</c>: exactly one of <c>namespaces</c> or <c>pods</c> (rule 46).</summary>
internal sealed record AdminSubjectSpec
{
    public V1LabelSelector? Namespaces { get; init; }

    public NamespacedPodSpec? Pods { get; init; }
}
