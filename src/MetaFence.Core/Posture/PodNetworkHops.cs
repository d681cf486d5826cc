using System.Collections.Frozen;
using System.Globalization;

namespace MetaFence.Core.Posture;

/// <summary>
/// How many IP hops an IMDSv2 token reply travels from the node to a pod-network pod: the reply's
/// TTL is the hop limit, and it must survive every hop (the EC2 User Guide, "Configure the instance
/// metadata options": "in a container environment … going to the container is considered an
/// additional network hop", hence its advice of 2 for containers). Host-network pods are 1 hop
/// away, like the node itself. The count depends on the CNI, so it is an input; unknown assumes 2
/// and says so.
/// </summary>
public sealed record PodNetworkHops(int Hops, string Basis, bool Assumed)
{
    /// <summary>The CNIs that route pod traffic through the node's network namespace over a veth pair: one extra hop.</summary>
    private static readonly FrozenDictionary<string, string> Routed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["aws-vpc-cni"] = "AWS VPC CNI routes each pod over a veth pair through the node",
        ["calico"] = "Calico routes each pod over a veth pair through the node",
        ["cilium"] = "Cilium routes each pod over a veth pair through the node",
        ["flannel"] = "flannel bridges pods (cni0) and routes them through the node",
        ["kubenet"] = "kubenet bridges pods (cbr0) and routes them through the node",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Unknown CNI: 2 hops, the usual veth-routed case, marked as assumed.</summary>
    public static PodNetworkHops Default { get; } =
        new(2, "CNI unknown: assumed 2 hops (veth-routed pod networks); pass --cni or --pod-hops when yours differs", true);

    /// <summary>The CNI names <c>--cni</c> accepts, sorted.</summary>
    public static IReadOnlyList<string> KnownCnis { get; } = [.. Routed.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The hops for a named CNI, or null when the name is unknown.</summary>
    public static PodNetworkHops? ForCni(string name) =>
        Routed.TryGetValue(name, out var basis) ? new PodNetworkHops(2, $"{basis}: 2 hops", false) : null;

    /// <summary>
    /// An explicit count (some overlay, proxy or Docker-in-Docker setups put pods 3 hops away;
    /// eksctl issue #7665 reports 3 for Docker-in-Docker).
    /// </summary>
    public static PodNetworkHops Explicit(int hops) =>
        new(hops, string.Create(CultureInfo.InvariantCulture, $"--pod-hops {hops}"), false);
}
