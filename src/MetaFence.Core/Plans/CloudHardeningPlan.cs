using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>The <c>cloud</c> style's document: node-side settings per provider (DESIGN layer 2), not a Kubernetes object.</summary>
public sealed record CloudHardeningPlan : PlannedObject
{
    public required ImmutableArray<CloudSection> Sections { get; init; }
}
