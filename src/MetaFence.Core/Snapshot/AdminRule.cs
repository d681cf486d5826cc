using System.Collections.Immutable;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// One cluster-wide egress rule, 0-based <see cref="Index"/> in its policy. Empty
/// <see cref="Ports"/> means every port and protocol (rule 50).
/// </summary>
public sealed record AdminRule(int Index, string? Name, AdminAction Action, ImmutableArray<AdminPeer> To, ImmutableArray<PortMatch> Ports)
{
    public SourceLocation? Location { get; init; }
}
