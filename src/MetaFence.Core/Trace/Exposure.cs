using System.Collections.Immutable;

namespace MetaFence.Core.Trace;

/// <summary>
/// Whether a subject takes traffic from outside the cluster, and through what: a <c>LoadBalancer</c>
/// or <c>NodePort</c> Service selecting its pods, or an Ingress whose backend Service selects them.
/// A hint (an Ingress may be internal, a LoadBalancer may be private), not a proof.
/// </summary>
public sealed record Exposure(ImmutableArray<string> Via)
{
    public static Exposure None { get; } = new([]);

    public bool InternetFacing => !Via.IsEmpty;
}
