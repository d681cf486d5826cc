using System.Collections.Immutable;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// A <c>CiliumClusterwideNetworkPolicy</c> or <c>CiliumNetworkPolicy</c> (cilium.io/v2), egress
/// side (SEMANTICS L). Selectors match Cilium identity labels: the pod's labels plus
/// <c>io.kubernetes.pod.namespace</c> and <c>io.cilium.k8s.namespace.labels.*</c>; a namespaced
/// policy only selects and reaches (<c>toEndpoints</c>) pods of its own namespace unless the
/// selector names the namespace key. <see cref="DefaultDenyEgress"/> is
/// <c>enableDefaultDeny.egress</c>, defaulted to true when the policy has egress or egressDeny
/// rules (rule 58).
/// </summary>
public sealed record CiliumPolicyInfo
{
    public const string ClusterwideKind = "CiliumClusterwideNetworkPolicy";
    public const string NamespacedKind = "CiliumNetworkPolicy";
    public const string NamespaceLabel = "io.kubernetes.pod.namespace";
    public const string NamespaceLabelPrefix = "io.cilium.k8s.namespace.labels.";

    public required string Kind { get; init; }

    /// <summary>Null for the cluster-wide kind.</summary>
    public string? Namespace { get; init; }

    public required string Name { get; init; }

    public LabelSelector EndpointSelector { get; init; } = LabelSelector.Everything;

    public ImmutableArray<CiliumRule> Egress { get; init; } = [];

    public ImmutableArray<CiliumRule> EgressDeny { get; init; } = [];

    public bool DefaultDenyEgress { get; init; }

    public SourceLocation? Location { get; init; }

    public ObjectRef Ref => new(Kind, Namespace, Name);
}
