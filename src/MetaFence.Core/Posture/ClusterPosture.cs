using System.Collections.Frozen;
using System.Collections.Immutable;

namespace MetaFence.Core.Posture;

/// <summary>
/// Every node's metadata posture from the cloud exports, and how far pods are from the node in
/// hops. Given to <c>audit</c> (findings MF020–MF029) and <c>trace</c>; absent when no export was given.
/// </summary>
public sealed record ClusterPosture
{
    public ImmutableArray<NodePosture> Nodes { get; init; } = [];

    public PodNetworkHops Hops { get; init; } = PodNetworkHops.Default;

    /// <summary>What each node identity unlocks, by <see cref="NodeIdentity.Name"/>.</summary>
    public ImmutableSortedDictionary<string, IdentityGrant> Grants { get; init; } =
        ImmutableSortedDictionary<string, IdentityGrant>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Cloud-wide notes: exports not given, export entries no node matched.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The grant of a node's identity, or null when the node has none.</summary>
    public IdentityGrant? GrantOf(NodePosture node) =>
        node?.Identity is { } identity && Grants.TryGetValue(identity.Name, out var grant) ? grant : null;

    /// <summary>The node by name, or null when the snapshot has no such node.</summary>
    public NodePosture? Node(string? name) =>
        name is not null && (_byName ??= Nodes.ToFrozenDictionary(n => n.NodeName, StringComparer.Ordinal)).TryGetValue(name, out var node) ? node : null;

    /// <summary>Nodes that share settings and identity (<see cref="NodePosture.GroupKey"/>), groups in name order.</summary>
    public IEnumerable<IGrouping<string, NodePosture>> Groups(NodeCloud cloud) =>
        Nodes.Where(n => n.Cloud == cloud).OrderBy(n => n.NodeName, StringComparer.Ordinal)
            .GroupBy(n => n.GroupKey, StringComparer.Ordinal)
            .OrderBy(g => g.First().NodeName, StringComparer.Ordinal);

    private FrozenDictionary<string, NodePosture>? _byName;
}
