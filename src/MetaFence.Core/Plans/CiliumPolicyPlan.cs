using System.Collections.Immutable;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Plans;

/// <summary>
/// A <c>CiliumClusterwideNetworkPolicy</c> (cilium.io/v2) that only denies: <c>egressDeny</c> rules
/// and <c>enableDefaultDeny.egress: false</c>, so the pods it selects are not isolated (rules 57, 58).
/// Selector keys are pod labels; the namespace is <see cref="NamespaceKey"/>.
/// </summary>
public sealed record CiliumPolicyPlan : PlannedObject
{
    public const string ApiVersion = "cilium.io/v2";
    public const string Kind = "CiliumClusterwideNetworkPolicy";
    public const string NamespaceKey = "k8s:io.kubernetes.pod.namespace";

    public required LabelSelector EndpointSelector { get; init; }

    public string? SelectorComment { get; init; }

    public ImmutableArray<CiliumDenyRulePlan> EgressDeny { get; init; } = [];
}
