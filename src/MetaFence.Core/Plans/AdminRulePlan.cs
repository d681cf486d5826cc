using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// One cluster-wide egress rule to <c>networks</c> peers (at most 25 CIDRs per peer, rule 49);
/// empty <see cref="Ports"/> means every port (rule 50).
/// </summary>
public sealed record AdminRulePlan(string Name, AdminAction Action, ImmutableArray<BlockedRange> Networks, ImmutableArray<ServicePort> Ports, string Comment);
