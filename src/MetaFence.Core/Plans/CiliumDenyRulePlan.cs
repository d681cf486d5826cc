using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>
/// One <c>egressDeny</c> rule: the networks (each with the addresses it leaves out, <c>toCIDRSet</c>
/// <c>except</c>) on <see cref="Ports"/> (empty: every port).
/// </summary>
public sealed record CiliumDenyRulePlan(ImmutableArray<CiliumCidrPlan> Cidrs, ImmutableArray<CiliumPortRange> Ports, string Comment);
