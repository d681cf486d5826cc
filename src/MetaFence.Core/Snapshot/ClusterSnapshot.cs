using System.Collections.Immutable;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// Everything the engine knows about a cluster: valid objects only, already converted from the
/// API shapes. <see cref="Problems"/> lists objects left out or warned about.
/// </summary>
public sealed record ClusterSnapshot
{
    public static readonly ClusterSnapshot Empty = new();

    public ImmutableArray<NamespaceInfo> Namespaces { get; init; } = [];

    /// <summary>Pods and templates, terminated pods excluded (they are counted in <see cref="SkippedTerminatedPods"/>).</summary>
    public ImmutableArray<PodInfo> Pods { get; init; } = [];

    public ImmutableArray<NetworkPolicyInfo> NetworkPolicies { get; init; } = [];

    public ImmutableArray<AdminPolicyInfo> AdminPolicies { get; init; } = [];

    public ImmutableArray<NodeInfo> Nodes { get; init; } = [];

    /// <summary>Calico GlobalNetworkPolicies (SEMANTICS K); empty keeps the pipeline of rules 43–52.</summary>
    public ImmutableArray<CalicoPolicyInfo> CalicoPolicies { get; init; } = [];

    /// <summary>Calico Tier objects; the built-in default tier need not be listed.</summary>
    public ImmutableArray<CalicoTierInfo> CalicoTiers { get; init; } = [];

    /// <summary>Cilium CiliumClusterwideNetworkPolicies and CiliumNetworkPolicies (SEMANTICS L).</summary>
    public ImmutableArray<CiliumPolicyInfo> CiliumPolicies { get; init; } = [];

    /// <summary>Services, kept as exposure hints for <c>trace</c>; also counted in <see cref="SkippedKinds"/> (nothing evaluates them).</summary>
    public ImmutableArray<ServiceInfo> Services { get; init; } = [];

    /// <summary>Ingresses, kept as exposure hints for <c>trace</c>; also counted in <see cref="SkippedKinds"/>.</summary>
    public ImmutableArray<IngressInfo> Ingresses { get; init; } = [];

    public ImmutableArray<ObjectProblem> Problems { get; init; } = [];

    /// <summary>
    /// Resources the source could not read (RBAC, errors). Verdicts that depend on them are
    /// unknown, never blocked (docs/decisions/0004-unknown-verdicts.md). Files never fill it.
    /// </summary>
    public ImmutableArray<UnreadableResource> Unreadable { get; init; } = [];

    /// <summary>Rule 37: Succeeded and Failed pods seen and skipped.</summary>
    public int SkippedTerminatedPods { get; init; }

    /// <summary>Objects of kinds MetaFence does not evaluate, by kind.</summary>
    public ImmutableSortedDictionary<string, int> SkippedKinds { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
}
