using System.Collections.Immutable;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// A Calico <c>GlobalNetworkPolicy</c> (projectcalico.org/v3), egress side: its tier and order
/// (null = after every ordered policy), the pods it selects, whether <c>types</c> (defaulted,
/// rule 55) includes Egress, and its egress rules in order (rule 53).
/// </summary>
public sealed record CalicoPolicyInfo
{
    public const string GlobalNetworkPolicyKind = "GlobalNetworkPolicy";

    public required string Name { get; init; }

    public string Tier { get; init; } = CalicoTierInfo.DefaultTier;

    public double? Order { get; init; }

    public CalicoSelector Selector { get; init; } = CalicoSelector.All;

    /// <summary>Selects namespaces by their labels; null = every namespace.</summary>
    public CalicoSelector? NamespaceSelector { get; init; }

    public bool AppliesToEgress { get; init; }

    public ImmutableArray<CalicoRule> Egress { get; init; } = [];

    public SourceLocation? Location { get; init; }

    public ObjectRef Ref => new(GlobalNetworkPolicyKind, null, Name);
}
