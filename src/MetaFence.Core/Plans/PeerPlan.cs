using System.Collections.Immutable;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Plans;

/// <summary>
/// One NetworkPolicy <c>to</c> entry: an ipBlock (<see cref="Cidr"/> minus <see cref="Except"/>,
/// one family per block, SEMANTICS 21, 22) or selectors (rule 13), never both (rule 12).
/// </summary>
public sealed record PeerPlan
{
    public Cidr? Cidr { get; init; }

    public ImmutableArray<BlockedRange> Except { get; init; } = [];

    public LabelSelector? NamespaceSelector { get; init; }

    public LabelSelector? PodSelector { get; init; }

    public static PeerPlan Block(Cidr cidr, IEnumerable<BlockedRange>? except = null) => new() { Cidr = cidr, Except = [.. except ?? []] };

    public static PeerPlan Selecting(LabelSelector namespaces, LabelSelector? pods = null) => new() { NamespaceSelector = namespaces, PodSelector = pods };
}
