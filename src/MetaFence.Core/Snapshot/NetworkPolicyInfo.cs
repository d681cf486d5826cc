using System.Collections.Immutable;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// A valid NetworkPolicy as the engine needs it: policy types already defaulted (rule 3), so
/// <see cref="AppliesToEgress"/> alone says whether it can isolate egress (rule 6).
/// </summary>
public sealed record NetworkPolicyInfo
{
    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public LabelSelector PodSelector { get; init; } = LabelSelector.Everything;

    public bool AppliesToIngress { get; init; }

    public bool AppliesToEgress { get; init; }

    public ImmutableArray<EgressRule> Egress { get; init; } = [];

    public SourceLocation? Location { get; init; }

    public ObjectRef Ref => new("NetworkPolicy", Namespace, Name);
}
