using MetaFence.Core.Selectors;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// Which pods a cluster-wide policy applies to (rule 46): every pod of the namespaces
/// <see cref="Namespaces"/> selects, or, when that is null, the pods
/// <see cref="PodSelector"/> selects in the namespaces <see cref="PodNamespaceSelector"/> selects.
/// Host-network pods are never subjects.
/// </summary>
public sealed record AdminSubject(LabelSelector? Namespaces, LabelSelector? PodNamespaceSelector, LabelSelector? PodSelector)
{
    public static AdminSubject OfNamespaces(LabelSelector selector) => new(selector, null, null);

    public static AdminSubject OfPods(LabelSelector namespaceSelector, LabelSelector podSelector) =>
        new(null, namespaceSelector, podSelector);

    public override string ToString() =>
        Namespaces is not null ? $"namespaces {Namespaces}" : $"pods {PodSelector} in namespaces {PodNamespaceSelector}";
}
