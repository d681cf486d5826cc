using System.Collections.Immutable;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Snapshot;

/// <summary>One cluster-wide egress peer; which fields are set follows <see cref="Kind"/>.</summary>
public sealed record AdminPeer(AdminPeerKind Kind)
{
    /// <summary>For <see cref="AdminPeerKind.Namespaces"/> and <see cref="AdminPeerKind.Pods"/>.</summary>
    public LabelSelector? NamespaceSelector { get; init; }

    /// <summary>For <see cref="AdminPeerKind.Pods"/>.</summary>
    public LabelSelector? PodSelector { get; init; }

    /// <summary>For <see cref="AdminPeerKind.Nodes"/>: matches the IPs in <c>node.status.addresses</c>.</summary>
    public LabelSelector? NodeSelector { get; init; }

    /// <summary>For <see cref="AdminPeerKind.Networks"/>: the union of the CIDRs.</summary>
    public IpSet? Networks { get; init; }

    /// <summary>The CIDRs or domain names as written, for explanations.</summary>
    public ImmutableArray<string> Texts { get; init; } = [];

    public override string ToString() => Kind switch
    {
        AdminPeerKind.Namespaces => $"namespaces {NamespaceSelector}",
        AdminPeerKind.Pods => $"pods {PodSelector} in namespaces {NamespaceSelector}",
        AdminPeerKind.Nodes => $"nodes {NodeSelector}",
        AdminPeerKind.Networks => $"networks {string.Join(", ", Texts)}",
        AdminPeerKind.DomainNames => $"domainNames {string.Join(", ", Texts)}",
        AdminPeerKind.Unknown => "a peer of unknown kind (fails closed)",
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
