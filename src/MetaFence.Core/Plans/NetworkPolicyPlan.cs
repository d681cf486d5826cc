using System.Collections.Immutable;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Plans;

/// <summary>
/// A NetworkPolicy with <c>policyTypes: [Egress]</c> (so defaulting never makes it an ingress
/// policy, SEMANTICS 3–5). No egress rules means deny-all egress for the selected pods (rule 8).
/// </summary>
public sealed record NetworkPolicyPlan : PlannedObject
{
    public required LabelSelector PodSelector { get; init; }

    /// <summary>Why the pod selector is what it is (the <c>--allow</c> exclusion), or null.</summary>
    public string? PodSelectorComment { get; init; }

    public ImmutableArray<EgressRulePlan> Egress { get; init; } = [];
}
