using System.Collections.Immutable;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// One NetworkPolicy egress rule (0-based <see cref="Index"/>). Empty <see cref="To"/> matches
/// every destination (rule 11); empty <see cref="Ports"/> every port and protocol (rule 30).
/// </summary>
public sealed record EgressRule(int Index, ImmutableArray<NetworkPolicyPeer> To, ImmutableArray<PortMatch> Ports)
{
    public SourceLocation? Location { get; init; }
}
