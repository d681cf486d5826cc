using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// The policies that apply to one subject, in evaluation order: admin tier, egress-isolating
/// NetworkPolicies (rules 1, 2, 6), baseline tier; and, when the snapshot has them, the Calico
/// policies (by tier, order, name; rule 53) and Cilium policies (rules 57, 58) that select it.
/// Computed once per subject, reused for every destination.
/// </summary>
internal sealed record ApplicablePolicies(
    ImmutableArray<AdminPolicyInfo> Admin,
    ImmutableArray<NetworkPolicyInfo> NetworkPolicies,
    ImmutableArray<AdminPolicyInfo> Baseline)
{
    public ImmutableArray<CalicoPolicyInfo> Calico { get; init; } = [];

    public ImmutableArray<CiliumPolicyInfo> Cilium { get; init; } = [];
}
