using System.Collections.Immutable;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// One Calico egress rule (0-based <see cref="Index"/>, SEMANTICS 53, 56). Every set condition
/// must hold: <see cref="Protocol"/> (null = any), destination <see cref="Nets"/>, not in
/// <see cref="NotNets"/>, a pod matched by <see cref="Selector"/> in a namespace matched by
/// <see cref="NamespaceSelector"/>, and <see cref="Ports"/> (empty = all).
/// </summary>
public sealed record CalicoRule(int Index, CalicoAction Action)
{
    public Protocol? Protocol { get; init; }

    public IpSet? Nets { get; init; }

    public IpSet? NotNets { get; init; }

    public CalicoSelector? Selector { get; init; }

    public CalicoSelector? NamespaceSelector { get; init; }

    public ImmutableArray<PortMatch> Ports { get; init; } = [];

    /// <summary>The destination as written, for explanations: <c>nets 169.254.169.254/32</c>.</summary>
    public string Text { get; init; } = "any destination";

    public SourceLocation? Location { get; init; }
}
