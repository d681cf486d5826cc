using System.Collections.Immutable;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// One Cilium <c>egress</c> or <c>egressDeny</c> rule (<see cref="Index"/> within its list). Peers
/// are ORed: <see cref="ToEndpoints"/> (Cilium identity labels, see <see cref="CiliumPolicyInfo"/>),
/// <see cref="ToCidr"/> (toCIDR and toCIDRSet minus except; never pods or nodes, rule 59) and
/// <see cref="ToEntities"/>. A rule with only <see cref="Ports"/> matches every destination on
/// them; a rule with neither matches nothing.
/// </summary>
public sealed record CiliumRule(int Index, bool Deny)
{
    public ImmutableArray<LabelSelector> ToEndpoints { get; init; } = [];

    public IpSet? ToCidr { get; init; }

    public ImmutableArray<CiliumEntity> ToEntities { get; init; } = [];

    public ImmutableArray<PortMatch> Ports { get; init; } = [];

    public bool HasPeers => !ToEndpoints.IsEmpty || ToCidr is not null || !ToEntities.IsEmpty;

    /// <summary>The peers as written, for explanations.</summary>
    public string Text { get; init; } = "any destination";

    public SourceLocation? Location { get; init; }
}
