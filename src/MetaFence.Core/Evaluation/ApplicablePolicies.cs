using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// The policies that apply to one subject, in evaluation order: admin tier, egress-isolating
/// NetworkPolicies (rules 1, 2, 6), baseline tier. Computed once per subject, reused for every
/// destination.
/// </summary>
internal sealed record ApplicablePolicies(
    ImmutableArray<AdminPolicyInfo> Admin,
    ImmutableArray<NetworkPolicyInfo> NetworkPolicies,
    ImmutableArray<AdminPolicyInfo> Baseline);
