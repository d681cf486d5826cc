using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>
/// A Calico <c>GlobalNetworkPolicy</c> (projectcalico.org/v3) for egress only (rule 55): its tier and
/// order, the pods it selects (<see cref="Selector"/> and <see cref="NamespaceSelector"/> in Calico
/// selector syntax) and its rules, run top-down (rule 53).
/// </summary>
public sealed record CalicoPolicyPlan : PlannedObject
{
    public const string ApiVersion = "projectcalico.org/v3";

    public required string Tier { get; init; }

    public required int Order { get; init; }

    public required string Selector { get; init; }

    public string? SelectorComment { get; init; }

    public required string NamespaceSelector { get; init; }

    public string? NamespaceSelectorComment { get; init; }

    public ImmutableArray<CalicoRulePlan> Egress { get; init; } = [];
}
