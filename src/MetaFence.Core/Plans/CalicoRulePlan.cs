using System.Collections.Immutable;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// One Calico egress rule (SEMANTICS 53): <see cref="Action"/> for destinations in
/// <see cref="Nets"/> (empty: any destination) on <see cref="Ports"/> of <see cref="Protocol"/>
/// (null: every protocol and port).
/// </summary>
public sealed record CalicoRulePlan(CalicoAction Action, ImmutableArray<BlockedRange> Nets, Protocol? Protocol, ImmutableArray<int> Ports, string Comment);
